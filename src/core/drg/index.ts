// The DRG grouper's public surface: compile a scheme given as data, check and group cases.
export { compileScheme, type CompiledScheme } from './compile';
export { groupCase } from './group';
export { checkCase, isNewborn, type CaseFindings } from './checks';
export { CASE_COLUMNS, checkCaseColumns, parseCaseRecord, type RecordPlace } from './case-record';
export * from './types';
