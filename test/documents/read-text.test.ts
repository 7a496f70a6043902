// Text files decoded with a confidence check: real GBK bytes, UTF-8 with one stray byte, a short file
// that reads both ways; and properties of the decoder on random Chinese text.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan/parse';
import { scanUtf8 } from '../../src/documents/decode-confidence';
import { readPlanDocument } from '../../src/documents/read-document';
import { readText } from '../../src/documents/read-text';

const fixtureFolder = fileURLToPath(new URL('../core/plan/fixtures/', import.meta.url));
const fixtures = readdirSync(fixtureFolder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(fixtureFolder + name, 'utf8') }));

/** UTF-8 bytes of `text` with one byte 0xFF put in at the start of (0-based) line `line`. */
function withStrayByte(text: string, line: number): Buffer {
  const lines = text.split('\n');
  const before = Buffer.from(lines.slice(0, line).join('\n') + (line > 0 ? '\n' : ''), 'utf8');
  const after = Buffer.from(lines.slice(line).join('\n'), 'utf8');
  return Buffer.concat([before, Buffer.from([0xff]), after]);
}

describe('decoding plan files', () => {
  it.each(fixtures)('reads real GBK bytes of $name as GB18030, saying so', ({ name, text }) => {
    const read = readText(iconv.encode(text, 'gbk'), name, '');
    expect(read.text).toBe(text);
    expect(read.encoding).toBe('gb18030');
    expect(read.warnings).toEqual([
      expect.objectContaining({ kind: 'document', message: expect.stringContaining('GB18030') }),
    ]);
    expect(read.doubt).toBeUndefined();
  });

  it.each(fixtures)(
    'reads UTF-8 of $name with one stray byte as UTF-8, naming the line',
    async ({ name, text }) => {
      const read = await readPlanDocument(withStrayByte(text, 9), name);
      expect(read.encoding).toBe('utf-8');
      expect(read.text.replace('\uFFFD', '')).toBe(text);
      expect(read.warnings).toEqual([
        {
          line: 10,
          kind: 'document',
          doubtful: true,
          message: expect.stringMatching(/^第 10 行有 1 处字节不是有效的 UTF-8/),
        },
      ]);
      // The plan reads as it would from the clean file (the stray byte sits before line 10's text).
      expect(parsePlan(read.text).title).toBe(parsePlan(text).title);
    },
  );

  it('keeps both readings of a short file that reads as prose either way', async () => {
    const bytes = Buffer.concat([Buffer.from('方案', 'utf8'), Buffer.from([0xff])]);
    const read = await readPlanDocument(bytes, '方案.txt');
    expect(read.encoding).toBe('utf-8');
    expect(read.text).toBe('方案\uFFFD');
    expect(read.decoding).toEqual({
      encoding: 'utf-8',
      reason: expect.stringContaining('无法确定编码'),
      alternative: { encoding: 'gb18030', text: new TextDecoder('gb18030').decode(bytes) },
    });
    expect(read.warnings.map((w) => w.message).join()).toContain('另一种读法已保留供核对');
  });

  it('warns that a GB18030 reading full of rare characters may be mojibake', () => {
    // UTF-8 bytes cut every few characters: too broken for UTF-8, and nonsense as GBK.
    const utf8 = Buffer.from('公立医院综合改革实施方案'.repeat(20), 'utf8');
    const broken = Buffer.from(utf8.filter((_, i) => i % 7 !== 3));
    const read = readText(broken, 'x.txt', '');
    expect(read.encoding).toBe('gb18030');
    expect(read.warnings.map((w) => w.message).join()).toContain('可能是乱码');
  });
});

const hanzi = [
  ...'公立医院综合改革实施方案药品价格医保支付财政补偿分级诊疗县区人民政府卫生健康委员会',
];
const other = [...'，。、；：（）0123456789%年月日 \n'];
const prose = (minHan: number) =>
  fc
    .array(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hanzi) }, fc.constantFrom(...other)),
      {
        minLength: minHan * 2,
        maxLength: 400,
      },
    )
    .map((chars) => chars.join(''))
    .filter((text) => [...text].filter((ch) => hanzi.includes(ch)).length >= minHan);

describe('decoder properties', () => {
  it('reads UTF-8 prose exactly, with no warning', () => {
    fc.assert(
      fc.property(prose(1), (text) => {
        const read = readText(Buffer.from(text, 'utf8'), 'x.txt', '');
        expect(read).toEqual({ text, encoding: 'utf-8', warnings: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('reads GBK prose exactly as GB18030', () => {
    fc.assert(
      fc.property(prose(8), (text) => {
        const read = readText(iconv.encode(text, 'gbk'), 'x.txt', '');
        expect(read.text).toBe(text);
        expect(read.encoding).toBe('gb18030');
      }),
      { numRuns: 200 },
    );
  });

  it('keeps UTF-8 with one stray byte as UTF-8 and names the line of the byte', () => {
    fc.assert(
      fc.property(prose(30), fc.nat(), (text, at) => {
        const lines = text.split('\n');
        const line = at % lines.length;
        const read = readText(withStrayByte(text, line), 'x.txt', '');
        expect(read.encoding).toBe('utf-8');
        expect(read.text.replace('\uFFFD', '')).toBe(text);
        expect(read.warnings[0]).toMatchObject({ line: line + 1, kind: 'document' });
      }),
      { numRuns: 200 },
    );
  });

  it('locates every invalid sequence on the line that holds it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const scan = scanUtf8(bytes);
        const lineCount = bytes.filter((b) => b === 0x0a).length + 1;
        expect(scan.badLines.every((line) => line >= 1 && line <= lineCount)).toBe(true);
        expect(scan.invalid === 0).toBe(scan.badLines.length === 0);
        // Agrees with the platform's strict decoder on whether the bytes are UTF-8.
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(scan.invalid === 0).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bytes that are valid UTF-8 but GBK prose', () => {
  it('reads them as GB18030 and keeps the UTF-8 reading for review', () => {
    // Common characters whose two GBK bytes also form a two-byte UTF-8 sequence (lead C2–D7, trail A1–BF).
    const bytes: number[] = [];
    for (let k = 0; k < 40; k++) bytes.push(0xc2 + (k % 22), 0xa1 + ((k * 7) % 31));
    const content = new Uint8Array(bytes);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(content)).not.toThrow();
    const read = readText(content, 'x.txt', '');
    expect(read.encoding).toBe('gb18030');
    expect(read.text).toBe(new TextDecoder('gb18030').decode(content));
    expect(read.doubt?.alternative).toEqual({
      encoding: 'utf-8',
      text: new TextDecoder('utf-8').decode(content),
    });
    expect(read.warnings[0]?.message).toContain('按 UTF-8 读出的不像中文');
  });
});
