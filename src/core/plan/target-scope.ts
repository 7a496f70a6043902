// Who a target applies to: institutions ("二级公立医院", "三级医院", "中医医院"), staff, populations
// ("建档立卡贫困人口", "重点人群") or "each district" ("各区"). All public hospitals together count as general.

const LEVEL = '(?:[一二三]级(?:及以上|以上|及以下|以下)?(?:甲等|乙等)?|二甲(?:及)?以上|三甲)';
const OWNER = '(?:[区市县省]?(?:政府|国企|国有企业|行政事业单位|事业单位)(?:举办的|办的?))';
const PLACE =
  '(?:区属|市属|县属|省属|县级|市级|区级|省级|乡镇|城市|农村|基层|社会办|民营|非公立|医保定点|定点)';
const KIND = '(?:综合|中医|中西医结合|专科|精神卫生|传染病|妇产|儿童)';
const HEAD =
  '(?:医疗卫生机构|医疗机构|卫生机构|医院|卫生院|社区卫生服务中心|疾控中心|疾病预防控制机构|疾病预防控制中心|妇幼保健(?:机构|院)|医联体|医共体|医疗集团)';
const INSTITUTION = `${OWNER}?${PLACE}?${LEVEL}?(?:公立)?${KIND}?${HEAD}`;
const STAFF = `(?:${INSTITUTION})?(?:专业技术人员|医务人员|医护人员|卫生技术人员)`;
const POPULATION =
  '(?:建档立卡贫困人口|农村贫困人口|贫困人口|贫困地区|贫困县|农村低保人口|低保对象|特困人员|重点人群|困难群众|老年人|孕产妇|残疾人)';
const DISTRICTS = '各(?:县（区）|县\\(区\\)|区县|区|县|市|镇|乡镇|街道|地区)';
const SCOPE = `(?:${DISTRICTS}|${POPULATION}|${STAFF}|${INSTITUTION})`;

const DETERMINERS = /^(?:全市|全区|全县|全省|所有|各级各类|各级|各类|全部)+/;
const GENERAL = /^(?:公立|所有)?(?:医院|医疗机构|医疗卫生机构)$/;
const LEADING = new RegExp(`^${SCOPE}`);
const ANYWHERE = new RegExp(SCOPE, 'g');

/** A scope found at the head of a subject; `scope` is null when it is general (all public hospitals). */
export interface LeadingScope {
  scope: string | null;
  rest: string;
}

function foldScope(written: string): string | null {
  const scope = written.replace(/\s+/g, '');
  return GENERAL.test(scope) ? null : scope;
}

/** The scope written at the start of a subject ("二级公立医院普通门诊号源" → 二级公立医院 + 普通门诊号源). */
export function leadingScope(subject: string): LeadingScope | null {
  const stripped = subject.replace(DETERMINERS, '');
  const m = LEADING.exec(stripped);
  if (m === null) return null;
  const rest = stripped.slice(m[0].length);
  // "医院…" followed by more name ("医院管理…") is not a scope: require a break or a new noun.
  return { scope: foldScope(m[0]), rest };
}

/**
 * The first scope named in a stretch of text (the clause or sentence around a target), skipping
 * names that only modify a later noun ("在县域内基层医疗机构就诊的建档立卡贫困人口" → the population).
 * Returns undefined when the text names none, null when the first one is general.
 */
export function scopeIn(text: string): string | null | undefined {
  ANYWHERE.lastIndex = 0;
  for (let m = ANYWHERE.exec(text); m !== null; m = ANYWHERE.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    if (/^[^，。；、,;]{0,3}的/.test(after)) continue;
    const written = m[0].replace(DETERMINERS, '');
    return foldScope(written);
  }
  return undefined;
}
