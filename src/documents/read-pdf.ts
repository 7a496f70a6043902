// PDF with a text layer → text lines, pages in order (pdf.js, legacy build for Node). A scan has no text to read.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { badInput, tooLarge } from '../core/shared/errors';
import { PDF_MAX_PAGES } from '../core/shared/quotas';
import type { PlanWarning } from '../core/plan/types';
import { documentLines, pageLayout, type PageLine, type TextPiece } from './pdf-lines';

export interface PdfText {
  text: string;
  warnings: PlanWarning[];
}

const pdfjsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const isTextItem = (item: object): item is TextItem => 'str' in item && 'transform' in item;

function toPiece(item: TextItem): TextPiece {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
  return { text: item.str, x, y, width: item.width, fontSize };
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given.
    data: new Uint8Array(bytes),
    cMapUrl: join(pdfjsFolder, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsFolder, 'standard_fonts/'),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === 'PasswordException')
      throw badInput('PDF 文件设有密码，请提供未加密的文件', { where: fileName });
    throw badInput('PDF 文件已损坏或无法打开，请重新导出 PDF，或提供 Word 或文本版', {
      where: fileName,
    });
  }
  try {
    if (pdf.numPages > PDF_MAX_PAGES)
      throw tooLarge(
        `PDF 共 ${pdf.numPages} 页，超过 ${PDF_MAX_PAGES} 页（上限）。请只上传方案正文，或拆分后分别导入`,
        { where: fileName },
      );
    const pages: PageLine[][] = [];
    const warnings: PlanWarning[] = [];
    const emptyPages: number[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const layout = pageLayout(content.items.filter(isTextItem).map(toPiece));
      if (layout.every((line) => line.text.trim() === '')) emptyPages.push(number);
      else pages.push(layout);
      page.cleanup();
    }
    const lines = documentLines(pages);
    if (lines.every((line) => line.trim() === ''))
      throw badInput(
        'PDF 文件没有文字层（可能是扫描件），请提供 Word 或文本版，或先做文字识别（OCR）',
        { where: fileName },
      );
    if (emptyPages.length > 0)
      warnings.push({
        line: null,
        message: `PDF 第 ${emptyPages.join('、')} 页没有文字层（可能是扫描页），这些页的内容未读入`,
      });
    return { text: lines.join('\n'), warnings };
  } finally {
    await pdf.destroy();
  }
}
