// Search over a code catalogue (ICD-10 diagnoses, ICD-9-CM-3 procedures) by code prefix or Chinese name,
// built once: codes sorted for a binary-searched prefix range, names scanned for a substring.

export interface CatalogueHit {
  code: string;
  name: string;
}

export interface CatalogueIndex {
  size: number;
  search(query: string, limit: number): CatalogueHit[];
  nameOf(code: string): string | undefined;
}

/** First index whose key is ≥ `key` in an ascending array. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function buildCatalogueIndex(catalogue: Readonly<Record<string, string>>): CatalogueIndex {
  const entries: CatalogueHit[] = Object.entries(catalogue)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => (a.code.toUpperCase() < b.code.toUpperCase() ? -1 : 1));
  const keys = entries.map((entry) => entry.code.toUpperCase());
  const names = new Map(entries.map((entry) => [entry.code, entry.name]));

  return {
    size: entries.length,
    nameOf: (code) => names.get(code),
    search(query, limit) {
      const text = query.trim();
      if (text === '' || limit <= 0) return [];
      const hits: CatalogueHit[] = [];
      const seen = new Set<string>();
      const add = (entry: CatalogueHit) => {
        if (seen.has(entry.code)) return;
        seen.add(entry.code);
        hits.push(entry);
      };
      // Codes first: a code prefix is what a coder types; entries come back in code order.
      const prefix = text.toUpperCase();
      for (let i = lowerBound(keys, prefix); i < keys.length && hits.length < limit; i++) {
        if (!(keys[i] as string).startsWith(prefix)) break;
        add(entries[i] as CatalogueHit);
      }
      if (hits.length >= limit) return hits;
      // Then names: those that start with the words before those that merely contain them.
      const contains: CatalogueHit[] = [];
      for (const entry of entries) {
        const at = entry.name.indexOf(text);
        if (at === 0) add(entry);
        else if (at > 0 && contains.length < limit) contains.push(entry);
        if (hits.length >= limit) return hits;
      }
      for (const entry of contains) {
        if (hits.length >= limit) break;
        add(entry);
      }
      return hits;
    },
  };
}
