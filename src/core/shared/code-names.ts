// Looking a code up in one of core's tables of Chinese names (DRG schemes, presets, run states, insurance
// schemes …): the name, or the code itself when the table does not know it (a scheme read from a user's file).

export const nameIn = (names: Readonly<Record<string, string>>, code: string): string =>
  Object.hasOwn(names, code) ? (names[code] ?? code) : code;
