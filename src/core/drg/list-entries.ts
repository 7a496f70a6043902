// One page of a scheme's code list with the Chinese name of each code, for showing a rule's list on demand;
// a region list shows each code's body region, a procedure list paired with categories shows the category.
import type { DrgRules } from './types';

export interface ListEntry {
  code: string;
  name: string;
  /** The body region (创伤部位) or procedure category the list assigns to the code. */
  note: string;
}

export interface ListPage {
  name: string;
  total: number;
  /** Entries that match the filter, before paging. */
  matched: number;
  entries: ListEntry[];
}

export interface ListPageOptions {
  offset: number;
  limit: number;
  /** Code prefix or name substring; empty for all. */
  query: string;
  /** A list paired position by position with this one (an ADRG's procCategoryMap), shown as the note. */
  pairedWith?: string | undefined;
}

/** Undefined when the scheme has no list of that name. */
export function listPage(
  rules: DrgRules,
  name: string,
  nameOf: (code: string) => string,
  options: ListPageOptions,
): ListPage | undefined {
  const list = name === 'SS_VALID' && !(name in rules.lists) ? rules.SS_VALID : rules.lists[name];
  if (list === undefined) return undefined;
  const paired = options.pairedWith ? rules.lists[options.pairedWith] : undefined;
  const pairedCodes = Array.isArray(paired) ? paired : [];
  const all: ListEntry[] = Array.isArray(list)
    ? list.map((code, i) => ({
        code,
        name: nameOf(code),
        note: pairedCodes[i] === undefined ? '' : `类别 ${pairedCodes[i]}`,
      }))
    : Object.entries(list).map(([code, region]) => ({ code, name: nameOf(code), note: region }));
  const query = options.query.trim().toUpperCase();
  const matching =
    query === ''
      ? all
      : all.filter(
          (entry) =>
            entry.code.toUpperCase().startsWith(query) ||
            entry.name.includes(options.query.trim()) ||
            entry.note.includes(options.query.trim()),
        );
  return {
    name,
    total: all.length,
    matched: matching.length,
    entries: matching.slice(options.offset, options.offset + options.limit),
  };
}
