// Accepted spellings of bill values, as the JS reader uses them: one function per coded column, generated from
// the table in core/simulate/bill-values.ts (which also generates the SQL, bills/values-sql.ts).
import type { HospitalLevel } from '../../core/simulate/bills';
import { spellingReader } from '../../core/simulate/bill-values';

export { dateOf, integerOf, thousandthsOf, yuanToFenOf } from '../../core/simulate/bill-values';

export const schemeOf = spellingReader('scheme');
export const encounterTypeOf = spellingReader('encounter_type');
export const insuranceClassOf = spellingReader('insurance_class');
export const sponsorOf = spellingReader('hospital_sponsor');
export const hospitalLevelOf = spellingReader('hospital_level');
export const sexOf = spellingReader('sex');
export const categoryOf = spellingReader('category');
export const tagOf = spellingReader('tag');

export const levelNumber = (code: '1' | '2' | '3'): HospitalLevel => Number(code) as HospitalLevel;
