// Site furniture around a plan copied from a government portal — navigation, log-in prompts, adverts,
// the page's metadata rows, a site header repeating the title, footers — marked as outside the document.
import { normalizeForMatch } from './lines';
import { isPortalFieldRow } from './portal-fields';
import type { LineRange } from './types';

/** Furniture is short: a line with a full stop or longer than this is the document's own text. */
const MAX_FURNITURE_LENGTH = 80;
/** How many non-blank lines at the top may be page header before the document must have begun. */
const MAX_HEAD_LINES = 40;

/** Breadcrumbs: "您现在所在位置: 首页 >> 政务信息公开>> 政策解读", "当前位置：首页 > 政策文件". */
const BREADCRUMB =
  /(?:首页|当前位置|所在位置|您的位置|现在的位置)[^。]*(?:>|＞|»|›|→|\/)|^(?:当前位置|您的位置|所在位置)\s*[:：]/;
/** Controls and links of the page itself. */
const PAGE_CONTROL =
  /^(?:网站)?(?:导航|首页|网站地图|无障碍|无障碍浏览|长者模式|关怀版|English|简体|繁體|繁体|打印本页|打印|关闭窗口|关闭|收藏|我要纠错|回到顶部|返回顶部|TOP|上一篇.*|下一篇.*|相关链接.*|(?:字体|字号)\s*[:：]?.*|分享到\s*[:：]?.*|扫一扫.*|【[^】]{1,6}】(?:\s*【[^】]{1,6}】)*|视力保护色.*)$/i;
/** Log-in prompts and adverts: no plan line asks a reader to log in or to bet. */
const LOGIN_OR_ADVERT =
  /登录|登陆|注册|用户名|密码|投注|博彩|彩票|娱乐城|棋牌|体育在线|在线投注|贷款|优惠券|广告|https?:\/\/|www\./i;
/** The page's footer. */
const FOOTER =
  /版权所有|主办单位\s*[:：]|承办单位\s*[:：]|ICP\s*备|网站标识码|公网安备|联系我们|技术支持\s*[:：]|Copyright|©/i;
/** A page tag in front of a title ("【文件】"). */
const TAG = /^【[^】]{1,6}】/;
/** A title a site header may repeat: a notice title or a plan's name. */
const TITLE_LIKE =
  /关于.+(?:通知|通报|决定|意见)$|(?:方案|意见|办法|规划|计划|任务分工|要点|细则|措施)(?:[（(][^（()）]*[）)])?$/;

/** A menu bar: three or more short items between separators ("网站首页 | 信息公开 | 政务服务"). */
function isMenu(text: string): boolean {
  const items = text.split(/\s*[|｜]\s*|[ \u3000]{2,}/).filter((item) => item !== '');
  return (
    items.length >= 3 && items.every((item) => item.length <= 8 && !/[，。、；：:]/.test(item))
  );
}

function isShort(text: string): boolean {
  return text.length <= MAX_FURNITURE_LENGTH && !/[。；;]/.test(text);
}

/** A line that is furniture wherever it stands at the edge of the document. */
function isFurnitureText(text: string): boolean {
  if (isPortalFieldRow(text)) return true;
  if (!isShort(text)) return false;
  return (
    isMenu(text) ||
    BREADCRUMB.test(text) ||
    PAGE_CONTROL.test(text) ||
    LOGIN_OR_ADVERT.test(text) ||
    FOOTER.test(text)
  );
}

/** Whether the document has begun: a sentence, an addressee line ("各区、县人民政府:"), a long line. */
function beginsDocument(text: string): boolean {
  return !isShort(text) || /[:：]$/.test(text) || /[，,]/.test(text);
}

interface NonBlank {
  text: string;
  line: number;
}

/**
 * A header line that the page repeats from the notice below it: its text (without a page tag)
 * equals, begins or ends a run of up to five later head lines joined — the notice's own title,
 * possibly split over lines and preceded by the issuer's name on a line of its own.
 */
function repeatsLaterTitle(head: NonBlank[], index: number): boolean {
  const own = (head[index] as NonBlank).text.replace(TAG, '');
  if (!TITLE_LIKE.test(own)) return false;
  const target = normalizeForMatch(own);
  if (target.length < 8) return false;
  for (let start = index + 1; start < head.length; start++) {
    let joined = '';
    for (let end = start; end < Math.min(head.length, start + 6); end++) {
      joined += normalizeForMatch((head[end] as NonBlank).text.replace(TAG, ''));
      if (joined.length < 8) continue;
      // The later run ends where the title ends, with or without the issuer in front of either, or
      // quotes it as the plan's name ("关于印发X的通知" after a header "X").
      if (joined.endsWith(target) || target.endsWith(joined) || joined.includes(target))
        return true;
      if (joined.length > target.length + 30) break;
    }
  }
  return false;
}

function toRanges(lines: number[], nonBlank: NonBlank[]): LineRange[] {
  const marked = new Set(lines);
  const ranges: LineRange[] = [];
  let current: LineRange | null = null;
  for (const { line } of nonBlank) {
    if (!marked.has(line)) {
      current = null;
      continue;
    }
    // Blank lines between two furniture lines belong to the furniture.
    if (current !== null) current.to = line;
    else {
      current = { from: line, to: line };
      ranges.push(current);
    }
  }
  return ranges;
}

/** The furniture of a text's lines: ranges of 1-based line numbers, in order. */
export function findFurniture(lines: string[]): LineRange[] {
  const nonBlank: NonBlank[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text !== '') nonBlank.push({ text, line: i + 1 });
  });
  const marked: number[] = [];
  // The head: every line before the document's first sentence or addressee line.
  let headEnd = 0;
  while (headEnd < Math.min(nonBlank.length, MAX_HEAD_LINES)) {
    const text = (nonBlank[headEnd] as NonBlank).text;
    if (beginsDocument(text) && !isFurnitureText(text)) break;
    headEnd++;
  }
  const head = nonBlank.slice(0, headEnd);
  head.forEach((entry, index) => {
    if (isFurnitureText(entry.text) || repeatsLaterTitle(head, index)) marked.push(entry.line);
  });
  // The tail: footer lines and page controls after the document's last line.
  for (let i = nonBlank.length - 1; i >= headEnd; i--) {
    const entry = nonBlank[i] as NonBlank;
    if (!isFurnitureText(entry.text) || isPortalFieldRow(entry.text)) break;
    marked.push(entry.line);
  }
  return toRanges(marked, nonBlank);
}

/** Whether a 1-based line lies in one of the ranges. */
export function isFurnitureLine(ranges: LineRange[], line: number): boolean {
  return ranges.some((range) => line >= range.from && line <= range.to);
}
