// The reporting cadence a plan states, read from its text: "改革启动阶段实行信息日报告制度……第2个月实行信息
// 周报制度" gives daily reports for the first month and weekly ones from the second. A frequency word opens
// the first phase; a later one opens a new phase only after a month marker ("第2个月", "一个月后").
import type { CadencePhase, PeriodKind } from './cadence';

export interface StatedCadence {
  phases: CadencePhase[];
  /** The line (1-based) the cadence was read from, and the words that say it. */
  line: number;
  text: string;
}

const FREQUENCY: readonly [RegExp, PeriodKind][] = [
  [/每日|每天|日报告|日报/g, 'day'],
  [/每周|周报告|周报/g, 'week'],
  [/每月|月报告|月报/g, 'month'],
];

const REPORTING = /报送|报告|上报|汇总报|报[区市县省州]|报给|报至|日报|周报|月报/;

const NUMBERS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const numberOf = (text: string): number | null =>
  /^\d+$/.test(text) ? Number(text) : (NUMBERS[text] ?? null);

/** "第2个月" (the phase before lasts n − 1 months) or "一个月后" / "1个月以后" (it lasts n months). */
const MONTH_MARKER =
  /第\s*(\d+|[一二两三四五六七八九十])\s*个?月|(\d+|[一二两三四五六七八九十])\s*个月(?:后|以后|之后)/g;

interface Mention {
  at: number;
  kind: PeriodKind;
}

function mentions(sentence: string): Mention[] {
  const found: Mention[] = [];
  for (const [pattern, kind] of FREQUENCY) {
    for (const match of sentence.matchAll(pattern)) found.push({ at: match.index, kind });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Phases stated in one paragraph, or null when it states no reporting frequency. */
function phasesOf(paragraph: string): CadencePhase[] | null {
  const phases: CadencePhase[] = [];
  for (const sentence of paragraph.split(/[。；;！]/)) {
    if (!REPORTING.test(sentence)) continue;
    const found = mentions(sentence);
    if (found.length === 0) continue;
    const [first] = found;
    if (phases.length === 0 && first) phases.push({ every: first.kind });
    for (const marker of sentence.matchAll(MONTH_MARKER)) {
      const ordinal = marker[1] !== undefined ? numberOf(marker[1]) : null;
      const after = marker[2] !== undefined ? numberOf(marker[2]) : null;
      const months = ordinal !== null ? ordinal - 1 : after;
      const next = found.find((m) => m.at > marker.index);
      const current = phases.at(-1);
      if (months === null || months < 1 || !next || !current || current.months !== undefined)
        continue;
      if (next.kind === current.every) continue;
      const before = phases.slice(0, -1).reduce((sum, p) => sum + (p.months ?? 0), 0);
      current.months = months - before;
      if (current.months < 1) return phases.slice(0, -1).length > 0 ? phases.slice(0, -1) : null;
      phases.push({ every: next.kind });
    }
  }
  return phases.length > 0 ? phases : null;
}

/** The cadence stated in the plan: the paragraph with the most phases, the first one on a tie. */
export function cadenceFromPlan(lines: readonly string[]): StatedCadence | null {
  let best: StatedCadence | null = null;
  lines.forEach((text, index) => {
    const phases = phasesOf(text);
    if (phases === null) return;
    if (best === null || phases.length > best.phases.length) {
      best = { phases, line: index + 1, text: text.trim() };
    }
  });
  return best;
}
