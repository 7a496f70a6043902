// Builds .docx and PDF versions of a plan text for tests and benchmarks: one paragraph per line, Banan-style
// tab tables as real Word tables, numbered headings as Word automatic numbering, PDF with a CJK font.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import PDFDocument from 'pdfkit';

export const seedFolder = fileURLToPath(new URL('../../src/demo/documents/', import.meta.url));
export const seedNames = readdirSync(seedFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
export const readSeed = (name: string) => readFileSync(`${seedFolder}${name}`, 'utf8');

/** A run of lines that the plan texts use for a flattened table: cells start with a tab, rows end with a blank line. */
type Block = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][][] };

export function splitTables(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.startsWith('\t')) {
      blocks.push({ kind: 'line', text: line });
      i++;
      continue;
    }
    const rows: string[][][] = [];
    let row: string[][] = [];
    while (i < lines.length) {
      const current = lines[i] ?? '';
      if (current.startsWith('\t')) row.push([current.slice(1)]);
      else if (current === '') {
        rows.push(row);
        row = [];
        // The table goes on only when the next row starts right after the blank line.
        if (!(lines[i + 1] ?? '').startsWith('\t')) {
          i++;
          break;
        }
      } else row.at(-1)?.push(current);
      i++;
    }
    if (row.length > 0) rows.push(row);
    blocks.push({ kind: 'table', rows });
  }
  return blocks;
}

/** The text without its flattened tables (a PDF made from lines cannot carry their tab-led cells). */
export const withoutTables = (text: string) =>
  splitTables(text.replace(/\r\n?/g, '\n').split('\n'))
    .flatMap((block) => (block.kind === 'line' ? [block.text] : []))
    .join('\n');

const chineseValue = (numeral: string): number => {
  const digits = '一二三四五六七八九';
  if (numeral === '十') return 10;
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const tensValue = numeral.includes('十') ? (tens === '' ? 1 : digits.indexOf(tens ?? '') + 1) : 0;
  return tensValue * 10 + (ones ? digits.indexOf(ones) + 1 : 0);
};

/** Numbering styles the seeds write by hand, as Word level definitions. */
const numberingStyles = [
  {
    reference: 'cn-comma',
    pattern: /^([一二三四五六七八九十]+)、/,
    format: LevelFormat.CHINESE_COUNTING,
    text: '%1、',
    value: chineseValue,
  },
  {
    reference: 'cn-full-paren',
    pattern: /^（([一二三四五六七八九十]+)）/,
    format: LevelFormat.CHINESE_COUNTING,
    text: '（%1）',
    value: chineseValue,
  },
  {
    reference: 'cn-half-paren',
    pattern: /^\(([一二三四五六七八九十]+)\)/,
    format: LevelFormat.CHINESE_COUNTING,
    text: '(%1)',
    value: chineseValue,
  },
  {
    reference: 'decimal-dot',
    pattern: /^(\d+)\.(?!\d)/,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    value: Number,
  },
];

interface DocxOptions {
  /** Write the flattened tables as Word tables. */
  tables?: boolean;
  /** Write hand-typed item numbers ("一、", "（一）", "1.") as Word automatic numbering. */
  autoNumbering?: boolean;
}

export async function toDocx(text: string, options: DocxOptions = {}): Promise<Uint8Array> {
  const next = new Map<string, { instance: number; expected: number }>();
  let instances = 0;
  const paragraph = (line: string): Paragraph => {
    for (const style of options.autoNumbering ? numberingStyles : []) {
      const match = style.pattern.exec(line);
      if (!match) continue;
      const value = style.value(match[1] ?? '');
      let state = next.get(style.reference);
      if (value === 1) state = { instance: ++instances, expected: 1 };
      if (!state || state.expected !== value) break;
      next.set(style.reference, { instance: state.instance, expected: value + 1 });
      return new Paragraph({
        children: runs(line.slice(match[0].length)),
        numbering: { reference: style.reference, level: 0, instance: state.instance },
      });
    }
    return new Paragraph({ children: runs(line) });
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = options.tables
    ? splitTables(lines)
    : lines.map((line): Block => ({ kind: 'line', text: line }));
  const children = blocks.map((block) =>
    block.kind === 'line'
      ? paragraph(block.text)
      : new Table({
          rows: block.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map((cell) => new TableCell({ children: cell.map(paragraph) })),
              }),
          ),
        }),
  );
  const document = new Document({
    numbering: {
      config: numberingStyles.map((style) => ({
        reference: style.reference,
        levels: [
          { level: 0, format: style.format, text: style.text, alignment: AlignmentType.LEFT },
        ],
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Text runs of one line; a tab inside a line becomes a Word tab. */
function runs(line: string): TextRun[] {
  return line
    .split('\t')
    .map(
      (part, index) => new TextRun(index === 0 ? { text: part } : { children: [new Tab(), part] }),
    );
}

const knownFonts = [
  {
    path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    family: 'NotoSansCJKsc-Regular',
  },
  {
    path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    family: 'NotoSerifCJKsc-Regular',
  },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
];

/** A font with Chinese glyphs installed on this machine, or null. */
export function findCjkFont(): { path: string; family?: string } | null {
  const known = knownFonts.find((font) => existsSync(font.path));
  if (known) return known;
  try {
    const listed = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.replace(/:\s*$/, '').trim())
      .find((path) => /\.(ttf|otf)$/i.test(path));
    return listed ? { path: listed } : null;
  } catch {
    return null;
  }
}

async function renderPdf(draw: (document: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const document = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => document.on('end', () => resolve()));
  draw(document);
  document.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF with a text layer: each line as a paragraph (the layout wraps long ones), an empty line as space. */
export function toPdf(text: string, font: { path: string; family?: string }): Promise<Uint8Array> {
  return renderPdf((document) => {
    if (font.family) document.font(font.path, font.family);
    else document.font(font.path);
    document.fontSize(10.5);
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
      if (line.trim() === '') document.moveDown(1);
      else document.text(line.replace(/\t/g, '    '));
    }
  });
}

/** A PDF with one table row: each cell drawn at its own column on the same baseline. */
export const pdfRow = (
  cells: string[],
  font: { path: string; family?: string },
): Promise<Uint8Array> =>
  renderPdf((document) => {
    if (font.family) document.font(font.path, font.family);
    else document.font(font.path);
    document.fontSize(10.5);
    cells.forEach((cell, index) =>
      document.text(cell, 56 + index * 120, 100, { lineBreak: false }),
    );
  });

/** A PDF as a scanner makes it: drawn shapes, no text layer. */
export const scannedPdf = (): Promise<Uint8Array> =>
  renderPdf((document) => {
    document.rect(72, 72, 300, 200).fill('#888888');
    document.moveTo(72, 400).lineTo(400, 420).stroke();
  });
