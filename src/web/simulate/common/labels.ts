// The simulator's code names for the web: the tables live in core/simulate/names (one source for pages,
// messages and exports); here are the helpers that turn them into labels and Select options.
import {
  ENCOUNTER_TYPE_NAMES,
  LEVEL_NAMES,
  SCHEME_NAMES,
  SPONSOR_NAMES,
  TAG_NAMES,
} from '../../../core/simulate/names';

export { ENCOUNTER_TYPE_NAMES, LEVEL_NAMES, SCHEME_NAMES, SPONSOR_NAMES, TAG_NAMES };

/** Options for a Select from a name table. */
export function optionsOf<K extends string>(
  names: Record<K, string>,
): { value: K; label: string }[] {
  return (Object.keys(names) as K[]).map((value) => ({ value, label: names[value] }));
}

/** The name of a grouping key (level "2", scheme "employee"), or the key itself. */
export function levelName(key: string): string {
  return LEVEL_NAMES[key] ?? key;
}

export function schemeName(key: string): string {
  return (SCHEME_NAMES as Record<string, string>)[key] ?? key;
}
