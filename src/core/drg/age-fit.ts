// Principal diagnoses that do not fit the patient's age, for a data-quality warning (the grouper itself
// does not refuse them): ICD-10 chapter XVI perinatal conditions past infancy, chapter XV pregnancy
// outside childbearing age.

/** Childbearing age as the common coding edits take it (code editors flag pregnancy outside 12–55). */
const CHILDBEARING = { from: 12, to: 55 } as const;

/** Why the principal diagnosis does not fit the age in years, or null (also when the age is unknown). */
export function principalAgeConflict(code: string, age: number | null): string | null {
  if (age === null) return null;
  const letter = code.charCodeAt(0);
  const number = Number(code.slice(1, 3));
  if (letter === 80 /* P */ && number <= 96 && age >= 1) {
    return `属于围生期（新生儿）疾病，与年龄（${age} 岁）不符`;
  }
  if (letter === 79 /* O */ && (age < CHILDBEARING.from || age > CHILDBEARING.to)) {
    return `属于妊娠、分娩和产褥期疾病，与年龄（${age} 岁）不符`;
  }
  return null;
}
