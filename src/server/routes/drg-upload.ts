// Reads the multipart form of a batch grouping: the case file (kept in memory, never stored), the `scheme`
// field and the optional `strict` field ("true": refuse cases with warnings), in whichever order they come.
import type { FastifyRequest } from 'fastify';
import type { ShippedDrgScheme } from '../../store/drg-schemes';
import { badInput } from '../../core/shared/errors';
import { decodeUploadName } from '../upload-name';
import { guardParts, uploadBytes } from '../uploads/save-upload';
import { requireActor } from '../auth/session-plugin';
import { DOCUMENT_UPLOAD_BYTES } from '../../core/shared/quotas';
import { schemeCode } from './drg-schemas';

export interface CaseUpload {
  fileName: string;
  content: Uint8Array;
  scheme: ShippedDrgScheme;
  strict: boolean;
}

export async function readCaseUpload(request: FastifyRequest): Promise<CaseUpload> {
  if (!request.isMultipart()) {
    throw badInput(
      '请以表单文件上传（multipart/form-data），文件字段名为 file，方案字段名为 scheme。',
    );
  }
  let file: { fileName: string; content: Uint8Array } | undefined;
  let schemeText = 'chs-drg-1.1';
  let strict = false;
  const limit = DOCUMENT_UPLOAD_BYTES[requireActor(request).role];
  const parts = request.parts({ limits: { fileSize: limit } });
  for await (const part of guardParts(parts, limit)) {
    if (part.type === 'file') {
      const fileName = decodeUploadName(part.filename);
      file = { fileName, content: await uploadBytes(part, limit, fileName) };
    } else if (part.fieldname === 'scheme' && typeof part.value === 'string' && part.value !== '') {
      schemeText = part.value;
    } else if (part.fieldname === 'strict' && typeof part.value === 'string') {
      strict = part.value === 'true' || part.value === '1';
    }
  }
  if (file === undefined) {
    throw badInput('没有收到文件。请选择病案文件（CSV 或 .xlsx）后再上传。');
  }
  const scheme = schemeCode.safeParse(schemeText);
  if (!scheme.success) {
    throw badInput(scheme.error.issues[0]?.message ?? '分组方案无效', { where: 'scheme' });
  }
  return { ...file, scheme: scheme.data, strict };
}
