// Word (.docx) → text lines: one paragraph per line, tables as cells on lines beginning with a tab
// (a blank line after each row, as in the plan texts), and Word's automatic numbering written back in.
import mammoth from 'mammoth';
import { badInput } from '../core/shared/errors';
import type { PlanWarning } from '../core/plan/types';
import { readZipEntry } from './zip-entries';
import {
  ConventionalCounter,
  NumberingCounter,
  readNumberedParagraphs,
  readNumberingDefinitions,
  type NumberedParagraph,
} from './docx-numbering';

/** The part of mammoth's document tree that text extraction needs. */
interface DocumentElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocumentElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
}

export interface DocxText {
  text: string;
  warnings: PlanWarning[];
}

async function readDocumentTree(bytes: Uint8Array, fileName: string): Promise<DocumentElement> {
  let tree: DocumentElement | null = null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    await mammoth.convertToHtml(
      { buffer },
      {
        // Keep the tree and hand mammoth an empty body: the HTML is not needed.
        transformDocument: (document: DocumentElement) => {
          tree = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch {
    throw badInput('Word 文件已损坏或不是有效的 .docx，请在 Word 或 WPS 中打开后重新另存为 .docx', {
      where: fileName,
    });
  }
  if (!tree) throw badInput('Word 文件中没有正文', { where: fileName });
  return tree;
}

/** Numbering labels for the numbered paragraphs, in document order, or null when they cannot be matched. */
function numberingLabels(bytes: Uint8Array, expected: number): string[] | null {
  const numberingXml = readZipEntry(bytes, 'word/numbering.xml');
  const documentXml = readZipEntry(bytes, 'word/document.xml');
  if (!numberingXml || !documentXml) return null;
  const decoder = new TextDecoder('utf-8');
  const definitions = readNumberingDefinitions(decoder.decode(numberingXml));
  const paragraphs: NumberedParagraph[] = readNumberedParagraphs(
    decoder.decode(documentXml),
    definitions,
  );
  // Numbering that comes from a paragraph style is not in the paragraph itself; then the counts differ.
  if (paragraphs.length !== expected) return null;
  const counter = new NumberingCounter(definitions);
  return paragraphs.map((paragraph) => counter.label(paragraph));
}

function countNumbered(element: DocumentElement): number {
  const own = element.type === 'paragraph' && element.numbering ? 1 : 0;
  return own + (element.children ?? []).reduce((sum, child) => sum + countNumbered(child), 0);
}

function inlineText(element: DocumentElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return '';
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxText> {
  const tree = await readDocumentTree(bytes, fileName);
  const numberedCount = countNumbered(tree);
  const labels = numberedCount > 0 ? numberingLabels(bytes, numberedCount) : [];
  const conventional = new ConventionalCounter();
  const lines: string[] = [];
  const warnings: PlanWarning[] = [];
  let numberedSeen = 0;
  let firstNumberedLine: number | null = null;

  const writeParagraph = (paragraph: DocumentElement) => {
    let label = '';
    if (paragraph.numbering) {
      firstNumberedLine ??= lines.length + 1;
      label = labels
        ? (labels[numberedSeen] ?? '')
        : paragraph.numbering.isOrdered
          ? conventional.label(Number(paragraph.numbering.level))
          : '';
      numberedSeen++;
    }
    lines.push(...(label + inlineText(paragraph)).split('\n'));
  };

  // A row as the plan texts flatten it: each cell's first line after a tab, its other lines as they
  // are, and a blank line after the row.
  const writeTable = (table: DocumentElement) => {
    for (const row of table.children ?? []) {
      for (const cell of row.children ?? []) {
        const first = lines.length;
        for (const block of cell.children ?? []) writeBlock(block);
        if (lines.length === first) lines.push('\t');
        else lines[first] = `\t${lines[first] ?? ''}`;
      }
      lines.push('');
    }
  };

  const writeBlock = (element: DocumentElement): void => {
    if (element.type === 'paragraph') writeParagraph(element);
    else if (element.type === 'table') writeTable(element);
    else for (const child of element.children ?? []) writeBlock(child);
  };

  for (const block of tree.children ?? []) writeBlock(block);

  if (numberedCount > 0 && labels) {
    warnings.push({
      line: firstNumberedLine,
      message: `文档使用了 Word 自动编号（${numberedCount} 段），已按文档的编号定义补回编号，请核对`,
    });
  } else if (numberedCount > 0) {
    warnings.push({
      line: firstNumberedLine,
      message: `文档使用了 Word 自动编号（${numberedCount} 段），未能读取编号定义，已按公文常用层次（一、（一）1.（1））补写编号，请核对；最好在 Word 中把自动编号转为文本后再导入`,
    });
  }
  return { text: lines.join('\n'), warnings };
}
