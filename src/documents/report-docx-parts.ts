// Building blocks of a Chinese Word report: headings, body paragraphs, simple tables, and charts embedded
// as SVG (with a PNG for processors that cannot show SVG).
import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ChartImage } from './simulation-charts';

export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
export const HEADING_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '黑体',
};
export const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

/** Width of the text area of an A4 page with the margins used, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 600;

/**
 * A 1×1 white PNG: the fallback beside an SVG when no PNG of the chart could be drawn. Word 2016 and later
 * show the SVG; LibreOffice and older Word show the fallback.
 */
const FALLBACK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  'base64',
);

export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text, bold: true, size: 40, font: TITLE_FONT })],
  });
}

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [
      new TextRun({ text, bold: level === 2, size: level === 1 ? 32 : 30, font: HEADING_FONT }),
    ],
  });
}

/** A body paragraph; parts may be bold or coloured (e.g. 满足 / 不满足). */
export function paragraph(
  ...parts: (string | { text: string; bold?: boolean; color?: string })[]
): Paragraph {
  return new Paragraph({
    spacing: { after: 80, line: 360 },
    indent: { firstLine: 640 },
    children: parts.map((part) =>
      typeof part === 'string'
        ? new TextRun({ text: part, size: 28, font: BODY_FONT })
        : new TextRun({ ...part, size: 28, font: BODY_FONT }),
    ),
  });
}

export function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text, size: 21, font: HEADING_FONT })],
  });
}

function cell(text: string, header: boolean, alignRight: boolean): TableCell {
  return new TableCell({
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF7' } } : {}),
    children: [
      new Paragraph({
        alignment: alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header, size: 20, font: BODY_FONT })],
      }),
    ],
  });
}

/** A table with a header row; columns listed in `numeric` are right-aligned. */
export function table(header: string[], rows: string[][], numeric: number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text) => cell(text, true, false)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((text, index) => cell(text, false, numeric.includes(index))),
          }),
      ),
    ],
  });
}

/** A chart as an inline SVG picture (with its PNG, when drawn) scaled to the text width, and its caption. */
export function chart(image: ChartImage & { png: Buffer | null }, number: number): Paragraph[] {
  const width = Math.min(PAGE_WIDTH_PX, image.width);
  const height = Math.round((image.height * width) / image.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(image.svg, 'utf8'),
          fallback: { type: 'png', data: image.png ?? FALLBACK_PNG },
          transformation: { width, height },
          altText: { name: image.title, description: image.title, title: image.title },
        }),
      ],
    }),
    caption(`图${number}\u3000${image.title}`),
  ];
}
