// Paths into a scenario ("markup.rate", "reimbursement.after.rules.3.rule.ratio"): immutable update, and the
// provenance of a value — the entry with the longest prefix, array indices written as "*".
import type { Provenance, ProvenanceMap } from './api';

export type PathKey = string | number;

/** A copy of `root` with the value at `path` replaced; objects and arrays on the way are copied. */
export function setIn<T>(root: T, path: readonly PathKey[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [PathKey, ...PathKey[]];
  if (Array.isArray(root)) {
    const copy: unknown[] = [...(root as unknown[])];
    copy[Number(head)] = setIn(copy[Number(head)], rest, value);
    return copy as T;
  }
  const record = (root ?? {}) as Record<string, unknown>;
  return { ...record, [String(head)]: setIn(record[String(head)], rest, value) } as T;
}

export function provenanceAt(
  provenance: ProvenanceMap,
  path: readonly PathKey[],
): Provenance | undefined {
  let segments = path.map((segment) =>
    typeof segment === 'number' || /^\d+$/.test(segment) ? '*' : segment,
  );
  while (segments.length > 0) {
    const found = provenance[segments.join('.')];
    if (found) return found;
    segments = segments.slice(0, -1);
  }
  return undefined;
}
