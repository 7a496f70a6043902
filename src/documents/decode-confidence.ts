// How sure a reading of bytes is: where UTF-8 breaks (with the line of each bad byte), and whether a
// text looks like Chinese as offices write it (common characters) or like mojibake (rare ones).

export interface Utf8Scan {
  /** Number of faults: places where the bytes stop being valid UTF-8. */
  invalid: number;
  /** Number of bytes that belong to no valid sequence. */
  invalidBytes: number;
  /** Number of valid sequences of two to four bytes (the non-ASCII characters). */
  multibyte: number;
  /** 1-based lines holding invalid sequences, in order, without repeats. */
  badLines: number[];
}

/** Length of the UTF-8 sequence starting at `i`, or 0 when it is invalid there (RFC 3629). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  let length: number;
  let min: number;
  let max: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [length, min, max] = [2, 0x80, 0xbf];
  else if (b0 === 0xe0) [length, min, max] = [3, 0xa0, 0xbf];
  else if (b0 === 0xed) [length, min, max] = [3, 0x80, 0x9f];
  else if (b0 >= 0xe1 && b0 <= 0xef) [length, min, max] = [3, 0x80, 0xbf];
  else if (b0 === 0xf0) [length, min, max] = [4, 0x90, 0xbf];
  else if (b0 >= 0xf1 && b0 <= 0xf3) [length, min, max] = [4, 0x80, 0xbf];
  else if (b0 === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
  else return 0;
  if (i + length > bytes.length) return 0;
  const b1 = bytes[i + 1] as number;
  if (b1 < min || b1 > max) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k] as number;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

/** Every invalid UTF-8 sequence of the bytes, counted and located by line. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalid = 0;
  let invalidBytes = 0;
  let multibyte = 0;
  const badLines: number[] = [];
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      invalidBytes++;
      if (badLines[badLines.length - 1] !== line) badLines.push(line);
      i++;
      // A broken sequence's continuation bytes belong to the same fault.
      while (i < bytes.length && (bytes[i] as number) >= 0x80 && (bytes[i] as number) <= 0xbf) {
        i++;
        invalidBytes++;
      }
      continue;
    }
    if (length > 1) multibyte++;
    else if (bytes[i] === 0x0a) line++;
    i += length;
  }
  return { invalid, invalidBytes, multibyte, badLines };
}

let commonCharacters: Set<string> | null = null;

/** The 3,755 most common Chinese characters (GB 2312 level 1, bytes B0A1–D7F9). */
function common(): Set<string> {
  if (commonCharacters) return commonCharacters;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  commonCharacters = new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch)));
  return commonCharacters;
}

/** A reading has too little Chinese to judge when it has fewer Han characters than this. */
export const MIN_EVIDENCE = 6;
/** Office prose uses common characters almost only; mojibake is mostly rare ones. */
const PLAUSIBLE_SHARE = 0.8;

/** Punctuation, symbols and full-width forms of Chinese office text. */
const CHINESE_PUNCTUATION =
  /[\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\u00b7\u00d7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff]/;

export interface Plausibility {
  /** Share of Han characters that are common ones (1 when there are none). */
  commonShare: number;
  /**
   * Share of the non-ASCII characters that are common Han characters or Chinese punctuation (1 when
   * there are none): low for Latin, Cyrillic or Arabic letters that a misread GBK file turns into.
   */
  score: number;
  han: number;
  replaced: number;
  plausible: boolean;
}

/** Whether a decoded text reads like Chinese prose: mostly common characters, few replacements. */
export function plausibility(text: string): Plausibility {
  const set = common();
  let han = 0;
  let commonCount = 0;
  let replaced = 0;
  let nonAscii = 0;
  let chinese = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') replaced++;
    else if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (set.has(ch)) {
        commonCount++;
        chinese++;
      }
    } else if (CHINESE_PUNCTUATION.test(ch)) chinese++;
  }
  const commonShare = han === 0 ? 1 : commonCount / han;
  const counted = nonAscii - replaced;
  const score = counted === 0 ? 1 : chinese / counted;
  const plausible =
    replaced <= Math.max(3, text.length / 200) &&
    (counted < MIN_EVIDENCE || score >= PLAUSIBLE_SHARE);
  return { commonShare, score, han, replaced, plausible };
}
