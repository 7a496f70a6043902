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
  private readonly open: readonly number[];
  /** Principal diagnosis → the open positions and those whose guard admits it, in order. */
  private readonly byPrincipal: ReadonlyMap<string, readonly number[]>;
  /** Main procedure → the positions whose main-procedure guard admits it, in order. */
  private readonly byMainProcedure: ReadonlyMap<string, readonly number[]>;

  /** `guards[i]` is the guard of the i-th condition of the list, or null when it has none. */
  constructor(guards: ReadonlyArray<Guard | null>) {
    const open: number[] = [];
    const byPrincipal = new Map<string, number[]>();
    const byMainProcedure = new Map<string, number[]>();
    guards.forEach((guard, position) => {
      if (guard === null) {
        open.push(position);
        return;
      }
      const index = guard.on === 'principal' ? byPrincipal : byMainProcedure;
      for (const code of guard.codes) {
        const positions = index.get(code);
        if (positions === undefined) index.set(code, [position]);
        else if (positions[positions.length - 1] !== position) positions.push(position);
      }
    });
    if (open.length > 0)
      for (const [code, positions] of byPrincipal) byPrincipal.set(code, merge(open, positions));
    this.open = open;
    this.byPrincipal = byPrincipal;
    this.byMainProcedure = byMainProcedure;
  }

  /** The positions worth trying for a case with this principal diagnosis and main procedure, in order. */
  positions(principal: string, mainProcedure: string): readonly number[] {
    const first = this.byPrincipal.get(principal) ?? this.open;
    const second =
      this.byMainProcedure.size === 0 ? undefined : this.byMainProcedure.get(mainProcedure);
    if (second === undefined) return first;
    return first.length === 0 ? second : merge(first, second);
  }
}
