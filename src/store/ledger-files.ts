// Evidence files (佐证材料) of ledger items: checked by content, stored once per content in the files folder
// under their checksum, recorded with the item (and later the report they support). Nothing is half-written:
// the file lands under a temporary name and takes its stored name as the last step of its record's transaction.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { itemStateNames } from '../core/ledger/states';
import { conflict, forbidden, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { evidenceType } from '../documents/evidence-type';
import { audit } from './audit';
import { toItem, unitCodes, type ItemRow } from './ledger-rows';
import { recordItemEvent } from './ledger-sync';
import type { Sql } from './sql';

export const evidenceFolder = (filesDir: string) => path.join(filesDir, 'ledger');

export interface SavedEvidence {
  id: number;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export async function saveEvidence(
  sql: Sql,
  actor: Actor,
  itemId: number,
  input: { fileName: string; bytes: Uint8Array; filesDir: string },
): Promise<SavedEvidence> {
  const type = evidenceType(input.bytes, input.fileName);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const folder = evidenceFolder(input.filesDir);
  await mkdir(folder, { recursive: true });
  const stored = path.join(folder, `${sha256}.${type.extension}`);
  const temporary = `${stored}.${randomUUID()}.partial`;
  const fresh = !existsSync(stored);
  if (fresh) await writeFile(temporary, input.bytes, { flag: 'wx' });
  try {
    const saved = await sql.transaction(async (tx) => {
      const [row] = await tx.query<ItemRow>('select * from ledger_items where id = $1', [itemId]);
      if (!row) throw notFound(`台账事项 #${itemId} 不存在。`);
      const item = toItem(row);
      const units = [...unitCodes(item.lead), ...unitCodes(item.co)];
      if (actor.role !== 'office' && (!actor.unitCode || !units.includes(actor.unitCode))) {
        throw forbidden('您的单位不是该事项的牵头或配合单位，不能上传它的佐证材料。');
      }
      if (item.state === 'closed') {
        throw conflict(
          `事项已${itemStateNames.closed}，不能再添加佐证材料。如需补充，请联系医改办重新打开。`,
        );
      }
      const name = path.basename(input.fileName).slice(0, 200) || `佐证材料.${type.extension}`;
      const [file] = await tx.query<{ id: number }>(
        `insert into ledger_files (item_id, name, media_type, size_bytes, sha256, path, uploaded_by)
         values ($1, $2, $3, $4, $5, $6, $7) returning id`,
        [itemId, name, type.mediaType, input.bytes.byteLength, sha256, stored, actor.id],
      );
      const id = Number(file?.id);
      await recordItemEvent(tx, actor, itemId, {
        kind: 'file',
        note: `上传佐证材料“${name}”（${type.label}）`,
        data: { fileId: id, sha256 },
      });
      await audit(tx, actor, {
        action: 'ledger.file',
        entity: 'ledger-item',
        entityId: itemId,
        after: {
          fileId: id,
          name,
          mediaType: type.mediaType,
          sizeBytes: input.bytes.byteLength,
          sha256,
        },
      });
      // last step of the transaction: a failed commit leaves at most an unreferenced file of this content
      if (fresh) await rename(temporary, stored);
      return { id, name, mediaType: type.mediaType, sizeBytes: input.bytes.byteLength, sha256 };
    });
    return saved;
  } catch (error) {
    if (fresh) await rm(temporary, { force: true });
    throw error;
  }
}

export async function evidenceFile(
  sql: Sql,
  id: number,
): Promise<{ path: string; name: string; mediaType: string; itemId: number }> {
  const [row] = await sql.query<{
    path: string;
    name: string;
    media_type: string;
    item_id: number;
  }>('select path, name, media_type, item_id from ledger_files where id = $1', [id]);
  if (!row) throw notFound(`佐证材料 #${id} 不存在。`);
  return { path: row.path, name: row.name, mediaType: row.media_type, itemId: Number(row.item_id) };
}
