// The ZIP guard refuses zip bombs from the central directory alone (total size, ratio, entry count), catches
// an entry whose header lies about its size with bounded inflation, and lets real Office files through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/shared/errors';
import { ZIP_MAX_ENTRIES } from '../../src/core/shared/quotas';
import { inflateZipEntry, listZipEntries } from '../../src/documents/zip-entries';
import { checkZipArchive, guardZip, verifyZipSizes } from '../../src/documents/zip-guard';
import { toDocx } from './make-documents';
import { deflated, docxParts, MB, writeZip, xlsxParts, zerosEntry } from './zip-bombs';

const refusal = (run: () => unknown): UserError => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected the archive to be refused');
};

describe('zip guard', () => {
  it('lets a real .docx through both checks', async () => {
    const docx = await toDocx('关于深化公立医院综合改革的实施方案\n一、总体要求');
    expect(guardZip(docx, '方案.docx')?.some((e) => e.name === 'word/document.xml')).toBe(true);
  });

  it('refuses entries that inflate to gigabytes, naming the cap', () => {
    const sheet = zerosEntry('sheet', 1023);
    const bomb = writeZip([
      ...xlsxParts(sheet),
      ...[2, 3, 4].map((n) => ({ ...sheet, name: `xl/worksheets/sheet${n}.xml` })),
    ]);
    const error = refusal(() => checkZipArchive(bomb, '病案.xlsx'));
    expect(error.status).toBe(413);
    expect(error.message).toBe('文件解压后超过 200 MB（上限），可能是损坏或恶意文件');
    expect(error.details.where).toBe('病案.xlsx');
  });

  it('refuses a thousandfold compression ratio under the size cap', () => {
    const bomb = writeZip(docxParts(zerosEntry('doc', 150)));
    const error = refusal(() => checkZipArchive(bomb, '方案.docx'));
    expect(error.message).toMatch(/压缩比约为 \d+ 倍，超过 100 倍（上限）/);
  });

  it('refuses more entries than the cap', () => {
    const part = deflated('x', '<a/>');
    const many = Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => ({
      ...part,
      name: `p${i}`,
    }));
    const error = refusal(() => checkZipArchive(writeZip(docxParts(part).concat(many)), 'a.docx'));
    expect(error.message).toContain(`超过 ${ZIP_MAX_ENTRIES} 个（上限）`);
  });

  it('catches an entry that inflates past the size it declares, inflating no more than that', () => {
    const lying = { ...zerosEntry('doc', 512), uncompressedSize: 1024 };
    const bomb = writeZip(docxParts(lying));
    const entries = checkZipArchive(bomb, '方案.docx');
    expect(entries).not.toBeNull();
    const entry = entries?.find((e) => e.name === 'word/document.xml');
    if (!entry) throw new Error('no document entry');
    const before = process.memoryUsage().rss;
    const started = performance.now();
    expect(inflateZipEntry(bomb, entry)).toBeNull();
    const error = refusal(() => verifyZipSizes(bomb, entries ?? [], '方案.docx'));
    expect(error.message).toContain('“word/document.xml”解压后与声明的大小不符');
    console.log(
      `lying 512 MB entry: refused in ${Math.round(performance.now() - started)} ms, ` +
        `RSS growth ${Math.round((process.memoryUsage().rss - before) / MB)} MB`,
    );
  });

  it('refuses encrypted entries and ZIP64 archives', () => {
    const zip = writeZip(docxParts(deflated('d', '<w:document/>')));
    const encrypted = new Uint8Array(zip);
    const central = Buffer.from(encrypted).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted[central + 8] = 1;
    expect(refusal(() => checkZipArchive(encrypted, 'a.docx')).message).toContain('已加密');
    const zip64 = new Uint8Array(zip);
    zip64.fill(0xff, zip64.length - 12, zip64.length - 10);
    expect(refusal(() => checkZipArchive(zip64, 'a.docx')).message).toContain('ZIP64');
  });

  it('never throws anything but a user error on damaged archives', () => {
    const zip = writeZip(xlsxParts(deflated('s', '<worksheet><sheetData/></worksheet>')));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }),
        (changes) => {
          const damaged = new Uint8Array(zip);
          for (const [at, value] of changes) damaged[at] = value;
          try {
            guardZip(damaged, 'a.xlsx');
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
          }
        },
      ),
    );
  });

  it('catches any entry whose declared size is lowered, whatever the content', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 2000 }), fc.nat(), (text, cut) => {
        const entry = deflated('word/document.xml', text);
        const declared = cut % entry.uncompressedSize;
        const zip = writeZip([{ ...entry, uncompressedSize: declared }]);
        const entries = listZipEntries(zip) ?? [];
        expect(() => verifyZipSizes(zip, entries, 'a.docx')).toThrow(/与声明的大小不符/);
        const honest = writeZip([entry]);
        expect(() => verifyZipSizes(honest, listZipEntries(honest) ?? [], 'a.docx')).not.toThrow();
      }),
    );
  });
});
