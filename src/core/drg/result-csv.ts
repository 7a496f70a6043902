// A grouping result as one line of `yigai drg group --csv` (Index,status,mdc,adrg,drg,messages). A case's
// messages are why it was refused, or its data-quality warnings (数据质量提示) when it grouped.
import type { DrgResult } from './types';

export const CSV_HEADER = 'Index,status,mdc,adrg,drg,messages';

const NEEDS_QUOTES = /[",\n\r]/;

const csvField = (text: string) =>
  NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** The refusal reasons, or the warnings prefixed 数据质量提示, in one text. */
export const messageText = (r: DrgResult): string =>
  r.messages.length > 0
    ? r.messages.join('；')
    : r.warnings.length > 0
      ? `数据质量提示：${r.warnings.join('；')}`
      : '';

/** The result's CSV line, without its line break. */
export const csvRow = (r: DrgResult): string =>
  `${csvField(r.caseId)},${r.status},${csvField(r.mdc)},${csvField(r.adrg)},${csvField(r.drg)},${csvField(messageText(r))}`;
