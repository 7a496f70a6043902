// Work groups (工作组 / 专班) of a plan, merged by name from every place that describes them:
// labelled sections (牵头部门 / 成员部门 / 工作职责), duties tables and composition tables.
import type { PlanWarning, WorkGroup } from './types';
import {
  readCompositionTables,
  readDutyTables,
  readSections,
  type GroupPart,
} from './work-group-parts';

/**
 * Merge rules: lead and member units come from the labelled section (the composition table's 成员
 * row, which also lists the lead, is kept apart as `staffUnits`); duties are the numbered duties of
 * a duties table when there is one, else the section's 工作职责 split at "；"; leader and deputies
 * come from the composition table, each "name title" with the name's layout space closed up.
 */
export function extractWorkGroups(lines: string[], warnings: PlanWarning[]): WorkGroup[] {
  const sections = readSections(lines);
  const dutyRows = readDutyTables(lines);
  const compositions = readCompositionTables(lines);
  const byName = new Map<string, GroupPart[]>();
  for (const part of [...sections, ...dutyRows, ...compositions]) {
    const parts = byName.get(part.name) ?? [];
    parts.push(part);
    byName.set(part.name, parts);
  }
  const groups: WorkGroup[] = [];
  for (const [name, parts] of byName) {
    const section = parts.find((p) => sections.includes(p));
    const duty = parts.find((p) => dutyRows.includes(p));
    const composition = parts.find((p) => compositions.includes(p));
    const first = parts[0] as GroupPart;
    const leadUnits = section?.leadUnits ?? [];
    const staffUnits = composition?.staffUnits ?? [];
    const memberUnits = section?.memberUnits ?? staffUnits.filter((u) => !leadUnits.includes(u));
    const group: WorkGroup = {
      name,
      leadUnits,
      memberUnits,
      leader: composition?.leader ?? null,
      deputies: composition?.deputies ?? [],
      duties: duty?.duties ?? section?.duties ?? [],
      source: { line: first.line, endLine: first.endLine },
    };
    if (section?.dutySummary !== undefined) group.dutySummary = section.dutySummary;
    if (composition !== undefined) group.staffUnits = staffUnits;
    if (parts.length > (section ? 1 : 0) + (duty ? 1 : 0) + (composition ? 1 : 0)) {
      warnings.push({
        line: first.line,
        message: `工作组“${name}”在同一类附件中出现了不止一次，只取第一次`,
      });
    }
    if (sections.length > 0 && section === undefined) {
      warnings.push({
        line: first.line,
        message: `工作组“${name}”在附表中出现，但没有牵头部门和成员部门的说明`,
      });
    }
    groups.push(group);
  }
  return groups;
}
