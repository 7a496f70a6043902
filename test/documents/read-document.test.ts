// Plan documents read from every format a user may upload parse to the same plan as the UTF-8 text.
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan/parse';
import type { Plan } from '../../src/core/plan/types';
import { UserError } from '../../src/core/shared/errors';
import { chineseNumber, formatCounter } from '../../src/documents/number-format';
import { readPlanDocument } from '../../src/documents/read-document';
import {
  findCjkFont,
  pdfRow,
  readSeed,
  scannedPdf,
  seedNames,
  toDocx,
  toPdf,
  withoutTables,
} from './make-documents';

const font = findCjkFont();

/** What must survive any format: title, tasks with their units and deadlines, targets. */
const essentials = (plan: Plan) => ({
  title: plan.title,
  tasks: plan.tasks.map((task) => ({ ref: task.ref, lead: task.lead, co: task.co, due: task.due })),
  targets: plan.targets.map((target) => ({
    op: target.op,
    value: target.value,
    unit: target.unit,
    due: target.due,
    scope: target.scope,
  })),
});

const annexes = (plan: Plan) => ({
  workGroups: plan.workGroups.map((group) => ({
    name: group.name,
    leadUnits: group.leadUnits,
    memberUnits: group.memberUnits,
    leader: group.leader,
    deputies: group.deputies,
  })),
  schedule: plan.schedule.map((item) => ({ seq: item.seq, due: item.due, owners: item.owners })),
});

describe.each(seedNames)('%s', (name) => {
  const text = readSeed(name).replace(/\r\n?/g, '\n');
  const expected = parsePlan(text);
  const base = name.replace(/\.txt$/, '');

  it('has something to compare', () => {
    expect(expected.title).toBeTruthy();
    expect(expected.tasks.length + expected.workGroups.length).toBeGreaterThan(0);
  });

  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', async () => {
    const utf8 = Buffer.from(text, 'utf8');
    const plain = await readPlanDocument(utf8, name);
    expect(plain).toEqual({ text, format: 'text', encoding: 'utf-8', warnings: [] });
    const withBom = await readPlanDocument(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      name,
    );
    expect(withBom.text).toBe(text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await readPlanDocument(utf16, name)).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('reads Windows line endings as the same lines', async () => {
    const crlf = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
    expect((await readPlanDocument(crlf, name)).text).toBe(text);
  });

  it('reads GB18030 (GBK) and says which encoding it assumed', async () => {
    const read = await readPlanDocument(iconv.encode(text, 'gb18030'), name);
    expect(read.text).toBe(text);
    expect(read.encoding).toBe('gb18030');
    expect(read.warnings.map((warning) => warning.message).join()).toMatch(/GB18030/);
    expect(essentials(parsePlan(read.text))).toEqual(essentials(expected));
  });

  it('reads a .docx with one paragraph per line as the same text', async () => {
    const read = await readPlanDocument(await toDocx(text), `${base}.docx`);
    expect(read.format).toBe('docx');
    expect(read.text).toBe(text);
    expect(read.warnings).toEqual([]);
  });

  it('reads a .docx with Word tables and automatic numbering as the same plan', async () => {
    const read = await readPlanDocument(
      await toDocx(text, { tables: true, autoNumbering: true }),
      `${base}.docx`,
    );
    const plan = parsePlan(read.text);
    expect(essentials(plan)).toEqual(essentials(expected));
    expect(annexes(plan)).toEqual(annexes(expected));
    expect(read.text.replace(/\n+$/, '')).toBe(text.replace(/\n+$/, ''));
  });

  // A PDF keeps no tab-led table cells (Banan's annexes); its prose must read as the text does.
  describe.skipIf(!font)('as PDF', () => {
    const prose = withoutTables(text);
    let pdf: Uint8Array;
    beforeAll(async () => {
      if (font) pdf = await toPdf(prose, font);
    });

    it('reads a PDF with a text layer as the same plan', async () => {
      const read = await readPlanDocument(pdf, `${base}.pdf`);
      expect(read).toMatchObject({ format: 'pdf', encoding: null });
      expect(essentials(parsePlan(read.text))).toEqual(essentials(parsePlan(prose)));
    });
  });
});

describe.skipIf(!font)('PDF tables', () => {
  it('reads cells drawn in columns on one line as tab-separated', async () => {
    if (!font) return;
    const read = await readPlanDocument(
      await pdfRow(['1', '8月8日', '组织参加会议', '综合协调组'], font),
      'row.pdf',
    );
    expect(read.text).toBe('1\t8月8日\t组织参加会议\t综合协调组');
  });
});

describe('Word automatic numbering', () => {
  it('writes Chinese counters as Word does', () => {
    expect([1, 10, 11, 20, 26, 100, 105].map((n) => chineseNumber(n))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十六',
      '一百',
      '一百零五',
    ]);
    expect(formatCounter(3, 'ideographTraditional')).toBe('丙');
    expect(formatCounter(2, 'decimalEnclosedCircle')).toBe('②');
    expect(formatCounter(4, 'upperRoman')).toBe('IV');
  });

  it('puts the numbers back and says so', async () => {
    const text =
      '方案\n一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（一）改革\n1.第一项\n2.第二项';
    const read = await readPlanDocument(
      await toDocx(text, { autoNumbering: true }),
      'numbered.docx',
    );
    expect(read.text).toBe(text);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatchObject({ line: 2 });
    expect(read.warnings[0]?.message).toMatch(/自动编号/);
  });
});

describe('files it cannot read', () => {
  const rejects = async (bytes: Uint8Array, fileName: string, pattern: RegExp) => {
    const error: unknown = await readPlanDocument(bytes, fileName).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(UserError);
    const userError = error as UserError;
    expect(userError.kind).toBe('bad-input');
    expect(userError.details.where).toBe(fileName);
    expect(userError.message).toMatch(pattern);
  };

  /** Deterministic noise (a linear congruential generator), so a failure can be replayed. */
  const noise = (length: number, seed: number) => {
    const bytes = new Uint8Array(length);
    let state = seed;
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  };

  it('rejects an empty file', async () => {
    await rejects(new Uint8Array(), '方案.txt', /空/);
    await rejects(Buffer.from(' \n\n \n'), '方案.txt', /没有文字/);
  });

  it('rejects random bytes and names the accepted formats', async () => {
    for (const seed of [1, 2, 3]) {
      await rejects(noise(4096, seed), 'upload.bin', /\.txt.*\.docx.*\.pdf/);
      await rejects(noise(4096, seed), '方案.txt', /支持的格式/);
    }
  });

  it('asks to save an old .doc as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(1000, 7)]);
    await rejects(ole, '方案.doc', /另存为.*\.docx/);
  });

  it('rejects a corrupt .docx, a spreadsheet, and a .pdf that is not one', async () => {
    const zipStart = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(500, 9)]);
    await rejects(zipStart, '方案.docx', /损坏/);
    await rejects(noise(500, 11), '方案.pdf', /损坏/);
    await rejects(Buffer.from('%PDF-1.7\n garbage'), '方案.pdf', /PDF/);
  });

  it('asks for OCR when a PDF has no text layer (a scan)', async () => {
    await rejects(await scannedPdf(), '扫描件.pdf', /没有文字层（可能是扫描件）.*OCR/);
  });
});
