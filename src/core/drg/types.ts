// Types of the DRG grouper: the inpatient case it reads, the rule file it interprets (see
// data/drg/README.md) and the result with its trace.

/** One discharged inpatient case (病案首页), as the grouper reads it. */
export interface DrgCase {
  /** The case number (病案号 / Index). */
  id: string;
  /** 1 male, 2 female; null when the record leaves it empty. */
  gender: number | null;
  /** Age in years. */
  age: number | null;
  /** Age in days (日龄), for newborns and infants. */
  ageDay: number | null;
  /** Birth weight in grams (新生儿出生体重). */
  weight: number | null;
  /** Discharge department code; carried, some local schemes read it. */
  dept: string;
  /** Length of stay in days. */
  inHospitalTime: number | null;
  /** Discharge type (离院方式). */
  leavingType: number | null;
  /** ICD-10 codes; the first is the principal diagnosis. */
  diagnoses: readonly string[];
  /** ICD-9-CM-3 codes; the first is the main procedure. */
  procedures: readonly string[];
}

/** Fields a rule may compare or test for emptiness. */
export type CaseField =
  'gender' | 'age' | 'ageDay' | 'weight' | 'inHospitalTime' | 'leavingType' | 'dept';

export type ComparisonOperator = '==' | '<=' | '>=' | '<' | '>';

/** A rule condition, exactly as written in a rules JSON file. */
export type Condition =
  | { const: boolean }
  | { and: Condition[] }
  | { or: Condition[] }
  | { not: Condition }
  | { pdxIn: string }
  | { mainProcIn: string }
  | { anyProcIn: string }
  | { anySecProcIn: string }
  | { anyDxIn: string }
  | { anySecDxIn: string }
  | { anyDxPrefix: string }
  | { procCategory: string }
  | { dxCountGt: number }
  | { procCountGt: number }
  | { fieldNonEmpty: CaseField }
  | { cmp: [CaseField, ComparisonOperator, number] }
  | { hasMCC: boolean }
  | { hasCC: boolean };

export type MdcStep = { qy: string; enabled: boolean } | { adrg: string };

export interface MdcRule {
  mdc: string;
  cond: Condition;
  /** MDCZ (multiple significant trauma): the diagnoses must cover at least `minRegions` body regions. */
  multiTrauma?: { regionOf: string; minRegions: number };
  steps: MdcStep[];
}

export interface AdrgRule {
  cond: Condition;
  /** Candidate DRGs in order; the first whose split condition holds is the result. */
  drgs: string[];
  /** The result when no split holds; null: go on to the next step. */
  fallback: string | null;
  /** Pairs two lists position by position: procedure → category, tested by `procCategory`. */
  procCategoryMap?: { procs: string; cats: string };
}

/** A grouping scheme as data: the content of a `*.rules.json` file. */
export interface DrgRules {
  version: string;
  mdcs: MdcRule[];
  adrg: Record<string, AdrgRule>;
  drgSplit: Record<string, Condition>;
  /** A code list, or a map code → region (for multiTrauma). */
  lists: Record<string, string[] | Record<string, string>>;
  /** Procedures that count as operations (手术室手术). */
  SS_VALID: string[];
  /** Complication code → its exclusion-table id. */
  CC: Record<string, string>;
  /** Major-complication code → its exclusion-table id. */
  MCC: Record<string, string>;
  /** Principal diagnosis → the exclusion-table id that removes complications of the same table. */
  CCE: Record<string, string>;
}

/** What a scheme is grouped with besides its rules: names and the code catalogues. */
export interface DrgCatalogues {
  /** DRG code → Chinese name. */
  drgNames: Record<string, string>;
  /** ICD-10 diagnosis code → Chinese name. */
  diagnoses: Record<string, string>;
  /** ICD-9-CM-3 procedure code → Chinese name. */
  procedures: Record<string, string>;
}

export const GROUP_STATUS = {
  success: '分组成功',
  ungroupable: '无法入组',
  ambiguous: '歧义病案',
  invalid: '信息校验不通过',
} as const;

export type GroupStatus = (typeof GROUP_STATUS)[keyof typeof GROUP_STATUS];

/** The DRG code of a case that no MDC admitted. */
export const UNGROUPABLE_DRG = '0000';

export type TraceStage =
  'check' | 'mdc' | 'adrg' | 'ambiguity' | 'split' | 'complication' | 'result';

/** One readable step of how a result was decided. */
export interface TraceStep {
  stage: TraceStage;
  /** The MDC, ADRG, DRG or diagnosis code the step is about. */
  code: string;
  /** What held, in Chinese. */
  text: string;
}

export interface DrgResult {
  caseId: string;
  status: GroupStatus;
  /** e.g. "MDCG"; empty when no MDC applied. */
  mdc: string;
  /** e.g. "GZ1"; empty when no ADRG applied. */
  adrg: string;
  /** e.g. "GZ13"; "0000" when ungroupable, empty when the input checks failed. */
  drg: string;
  drgName: string;
  /** Empty unless the trace was asked for. */
  trace: readonly TraceStep[];
  /** Reasons the input checks failed, in Chinese. */
  messages: readonly string[];
  /** Data-quality warnings (数据质量提示) of a case that was grouped all the same, in Chinese. */
  warnings: readonly string[];
}

export interface GroupOptions {
  /** Build the readable trace (slower); default true. */
  trace?: boolean;
  /** Refuse a case with any finding (unknown code, sex or age mismatch), as before warnings; default false. */
  strict?: boolean;
}
