// Which of an ordered list of rule conditions (a scheme's MDCs, an MDC's ADRG steps) can hold for a case,
// judged by its principal diagnosis and main procedure alone: a condition that requires the principal
// diagnosis (or main procedure) to be in a list cannot hold for a code outside it, so it need not be tried.
// The grouper still tries the remaining conditions one by one in their order: the result is the same as
// trying all of them, only the conditions that must fail are skipped.

/** A list the case's principal diagnosis or main procedure must be in for a condition to hold. */
export interface Guard {
  on: 'principal' | 'mainProcedure';
  codes: ReadonlySet<string>;
}

/**
 * Codes looked up are remembered, up to this many per list and kind: enough for every real code of the
 * catalogues, bounded for a file full of made-up codes (those are then worked out each time).
 */
const REMEMBERED_CODES = 60_000;

const NONE: readonly number[] = Object.freeze([]);

/** Positions in increasing order of `a` and `b` together (each already in increasing order). */
function merge(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

export class CandidateIndex {
  /** Conditions without a guard: always tried. */
  private readonly open: number[] = [];
  private readonly onPrincipal: Array<[number, ReadonlySet<string>]> = [];
  private readonly onMainProcedure: Array<[number, ReadonlySet<string>]> = [];
  /** Principal diagnosis → the open positions and those its guard admits, in order. */
  private readonly byPrincipal = new Map<string, readonly number[]>();
  /** Main procedure → the main-procedure-guarded positions it admits, in order. */
  private readonly byMainProcedure = new Map<string, readonly number[]>();

  /** `guards[i]` is the guard of the i-th condition of the list, or null when it has none. */
  constructor(guards: ReadonlyArray<Guard | null>) {
    guards.forEach((guard, position) => {
      if (guard === null) this.open.push(position);
      else if (guard.on === 'principal') this.onPrincipal.push([position, guard.codes]);
      else this.onMainProcedure.push([position, guard.codes]);
    });
  }

  /** The positions worth trying for a case with this principal diagnosis and main procedure, in order. */
  positions(principal: string, mainProcedure: string): readonly number[] {
    let first = this.byPrincipal.get(principal);
    if (first === undefined) {
      first = this.admitted(this.onPrincipal, principal, this.open);
      if (this.byPrincipal.size < REMEMBERED_CODES) this.byPrincipal.set(principal, first);
    }
    if (this.onMainProcedure.length === 0) return first;
    let second = this.byMainProcedure.get(mainProcedure);
    if (second === undefined) {
      second = this.admitted(this.onMainProcedure, mainProcedure, NONE);
      if (this.byMainProcedure.size < REMEMBERED_CODES)
        this.byMainProcedure.set(mainProcedure, second);
    }
    if (second.length === 0) return first;
    if (first.length === 0) return second;
    return merge(first, second);
  }

  private admitted(
    guarded: ReadonlyArray<[number, ReadonlySet<string>]>,
    code: string,
    base: readonly number[],
  ): readonly number[] {
    const admitted: number[] = [];
    for (const [position, codes] of guarded) if (codes.has(code)) admitted.push(position);
    if (admitted.length === 0) return base;
    return base.length === 0 ? admitted : merge(base, admitted);
  }
}
