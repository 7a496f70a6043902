// Display of money and rates: amounts arrive as integer fen and become 元 (or 万元) only here, for the screen.
import type { Ratio } from '../../../core/shared/money';

const grouped = (whole: bigint): string => whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 123456789 fen → "1,234,567.89"; exact, with no floating point. */
export function yuanText(fen: number): string {
  const value = BigInt(Math.trunc(fen));
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${grouped(magnitude / 100n)}.${cents}`;
}

/** "1,234,567.89 元". */
export const formatYuan = (fen: number): string => `${yuanText(fen)} 元`;

/** A change with its sign: "+1,234.00 元", "-56.78 元", "0.00 元". */
export function formatChange(fen: number): string {
  return `${fen > 0 ? '+' : ''}${yuanText(fen)} 元`;
}

/** Large sums in 万元 with two decimals, rounded half away from zero: 123456789 fen → "123.46 万元". */
export function formatWan(fen: number, signed = false): string {
  const value = BigInt(Math.trunc(fen));
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const hundredths = (magnitude * 2n + 10_000n) / 20_000n; // 1 万元 = 1,000,000 fen; hundredths of 万元
  const text = `${grouped(hundredths / 100n)}.${(hundredths % 100n).toString().padStart(2, '0')}`;
  const sign =
    negative && hundredths > 0n ? '-' : signed && !negative && hundredths > 0n ? '+' : '';
  return `${sign}${text} 万元`;
}

/** Yuan as a plain number for charts (display only). */
export const toYuan = (fen: number): number => fen / 100;

/** Basis points as percent text: 1500 → "15%", 8750 → "87.5%". */
export function formatBp(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** An exact ratio as a percent with one decimal, or — when there is none. */
export function formatRatio(ratio: Ratio | null): string {
  if (ratio === null || ratio.denominator === 0) return '—';
  return `${((ratio.numerator / ratio.denominator) * 100).toFixed(1)}%`;
}

/** part ÷ whole as a percent with one decimal, or — for a zero whole. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** A count with thousands separators. */
export const formatCount = (value: number): string => value.toLocaleString('zh-CN');

/** Bytes as KB / MB / GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'TB'}`;
}
