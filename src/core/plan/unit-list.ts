// A list of units as a plan writes it — "市卫生计生委、市财政局和各县（区）人民政府", "区财政局等" —
// split into names kept exactly as written ("等" dropped; "和"/"及" split only between two bodies).

/** Words that end the name of a body, so that "和" after them may join the next unit. */
const BODY_END =
  /(局|委|办|部|府|会|院|厅|处|室|中心|公司|组|所|站|社|行|团|队|馆|联|街道|单位|部门|机构)$/;
/** How the name of the next unit may begin after "和" ("各县（区）人民政府", "市财政局", "区医保局"). */
const UNIT_START = /^(各|市|区|县|省|州|盟|旗|镇|乡|街道|自治|国家|中共|共青团)/;
const JOINERS = ['以及', '和', '及', '与'];

function splitOnJoiners(part: string): string[] {
  for (const joiner of JOINERS) {
    let from = 0;
    for (;;) {
      const at = part.indexOf(joiner, from);
      if (at < 0) break;
      const before = part.slice(0, at);
      const after = part.slice(at + joiner.length);
      if (BODY_END.test(before) && UNIT_START.test(after)) {
        return [...splitOnJoiners(before), ...splitOnJoiners(after)];
      }
      from = at + joiner.length;
    }
  }
  return [part];
}

function clean(name: string): string {
  return name
    .trim()
    .replace(/^(?:由|和|及|与)/, '')
    .replace(/(?:等(?:单位|部门|有关单位|相关单位)?)$/, '')
    .trim();
}

/** Names in a list of units, in order, as written. */
export function splitUnitList(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    for (const part of splitOnJoiners(clean(current))) {
      const name = clean(part);
      if (name !== '') names.push(name);
    }
    current = '';
  };
  for (const ch of list) {
    if ('（(〔[【'.includes(ch)) depth++;
    if ('）)〕]】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;/／'.includes(ch)) flush();
    else current += ch;
  }
  flush();
  return names;
}
