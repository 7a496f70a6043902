// Chinese names of ICD-10 categories (J18 → 肺炎) from the insurance diagnosis catalogue: the name of the
// category's unspecified code (J18.900, I10.x00) where there is one. Missing names leave the code alone.
import { useEffect, useState } from 'react';
import { apiJson } from '../../shared/api';

export interface Hit {
  code: string;
  name: string;
}

/** The catalogue entry that stands for the whole category, if any. */
function categoryName(category: string, hits: Hit[]): Hit | undefined {
  const inCategory = hits.filter((hit) => hit.code.toUpperCase().startsWith(`${category}.`));
  for (const suffix of ['.900', '.X00', '.9', '.X']) {
    const found = inCategory.find((hit) => hit.code.toUpperCase() === `${category}${suffix}`);
    if (found) return found;
  }
  return inCategory.find((hit) => /^[A-Z]\d{2}\.(9|X)\d*$/i.test(hit.code)) ?? inCategory[0];
}

const search = async (q: string, limit: number) =>
  (
    await apiJson<{ items: Hit[] }>(
      'GET',
      `/api/drg/catalogue/diagnoses?q=${encodeURIComponent(q)}&limit=${limit}`,
    )
  ).items;

/** Looks for the unspecified code first (J18.9…, I10.x…), then anywhere in the category. */
async function lookUp(category: string): Promise<Hit | undefined> {
  for (const prefix of [`${category}.9`, `${category}.X`]) {
    const found = categoryName(category, await search(prefix, 20));
    if (found) return found;
  }
  return categoryName(category, await search(category, 100));
}

/** Names for `categories` (three-character codes), filled in as they arrive; fetched a few at a time. */
export type DiseaseNames = ReadonlyMap<string, Hit>;

export function useDiseaseNames(categories: readonly string[]): DiseaseNames {
  const [names, setNames] = useState<Map<string, Hit>>(() => new Map());
  const key = categories.join(',');

  useEffect(() => {
    let cancelled = false;
    const pending = key.split(',').filter((code) => /^[A-Z]\d{2}$/.test(code));
    const run = async () => {
      for (let at = 0; at < pending.length && !cancelled; at += 8) {
        const chunk = pending.slice(at, at + 8);
        const found = await Promise.all(chunk.map((code) => lookUp(code).catch(() => undefined)));
        if (cancelled) return;
        setNames((previous) => {
          const next = new Map(previous);
          chunk.forEach((code, index) => {
            const hit = found[index];
            if (hit) next.set(code, hit);
          });
          return next;
        });
      }
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [key]);

  return names;
}
