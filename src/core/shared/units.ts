// Canonical names of government bodies: "区卫健委", "区卫生计生委", "区卫生健康委" are one body, the
// district health commission. Abbreviations and renames of the same body merge; different bodies never do.

interface BodyName {
  /** The body's current standard name, without the level prefix. */
  canonical: string;
  /** Ways plans write it (after the level prefix), longest first within the list is not required. */
  written: string[];
  /** A body of the Party committee: its level prefix takes 委 ("区委宣传部", "市委编办"). */
  party?: boolean;
}

// Renames counted as the same body: 卫生局 → 卫生计生委 (2013) → 卫生健康委 (2018); 环保局 → 生态环境局;
// 城乡建委 → 住房和城乡建设委员会. Not merged: 医保局 and 人社局 (insurance moved, the bodies differ),
// 社保局 (a bureau under 人社局), 食药监局 / 工商局 / 质监局 and 市场监管局 (merged bodies are not renames).
const BODIES: BodyName[] = [
  {
    canonical: '卫生健康委员会',
    written: [
      '卫生健康委员会',
      '卫生健康委',
      '卫健委',
      '卫生计生委',
      '卫计委',
      '卫生和计划生育委员会',
      '卫生计生局',
      '卫生局',
    ],
  },
  { canonical: '发展和改革委员会', written: ['发展和改革委员会', '发展改革委', '发改委'] },
  { canonical: '发展和改革局', written: ['发展和改革局', '发展改革局', '发改局'] },
  { canonical: '财政局', written: ['财政局'] },
  {
    canonical: '人力资源和社会保障局',
    written: ['人力资源和社会保障局', '人力资源社会保障局', '人力社保局', '人社局'],
  },
  { canonical: '医疗保障局', written: ['医疗保障局', '医保局'] },
  { canonical: '社会保险局', written: ['社会保险事业管理局', '社会保险局', '社保局'] },
  {
    canonical: '机构编制委员会办公室',
    written: ['机构编制委员会办公室', '编委办', '编办'],
    party: true,
  },
  { canonical: '市场监督管理局', written: ['市场监督管理局', '市场监管局'] },
  {
    canonical: '食品药品监督管理局',
    written: [
      '食品药品监督管理局',
      '食品药品监管局',
      '食药监局',
      '食药监分局',
      '食品药品监督管理分局',
    ],
  },
  { canonical: '工商行政管理局', written: ['工商行政管理局', '工商局'] },
  { canonical: '质量技术监督局', written: ['质量技术监督局', '质监局'] },
  { canonical: '民政局', written: ['民政局'] },
  { canonical: '审计局', written: ['审计局'] },
  { canonical: '公安局', written: ['公安局'] },
  { canonical: '公安分局', written: ['公安分局'] },
  { canonical: '司法局', written: ['司法局'] },
  { canonical: '教育委员会', written: ['教育委员会', '教委'] },
  { canonical: '教育局', written: ['教育局'] },
  { canonical: '教育体育局', written: ['教育体育局', '教体局'] },
  { canonical: '科学技术局', written: ['科学技术局', '科技局'] },
  {
    canonical: '科技和知识产权局',
    written: ['科学技术和知识产权局', '科技和知识产权局', '科技知识产权局'],
  },
  {
    canonical: '经济和信息化委员会',
    written: ['经济和信息化委员会', '经济和信息化委', '经济信息委', '经信委'],
  },
  { canonical: '工业和信息化委员会', written: ['工业和信息化委员会', '工信委'] },
  { canonical: '商务委员会', written: ['商务委员会', '商务委'] },
  { canonical: '商务局', written: ['商务局'] },
  { canonical: '国有资产监督管理委员会', written: ['国有资产监督管理委员会', '国资委'] },
  { canonical: '国有资产管理办公室', written: ['国有资产管理办公室', '国资办'] },
  { canonical: '规划和自然资源局', written: ['规划和自然资源局', '规划自然资源局'] },
  { canonical: '国土资源局', written: ['国土资源局'] },
  {
    canonical: '住房和城乡建设委员会',
    written: ['住房和城乡建设委员会', '住房城乡建委', '住建委', '城乡建设委员会', '城乡建委'],
  },
  { canonical: '住房和城乡建设局', written: ['住房和城乡建设局', '住房城乡建设局', '住建局'] },
  { canonical: '生态环境局', written: ['生态环境局', '环境保护局', '环保局'] },
  { canonical: '城市管理局', written: ['城市管理局', '城管局'] },
  { canonical: '市政园林管理局', written: ['市政园林管理局', '市政园林局'] },
  { canonical: '农业农村委员会', written: ['农业农村委员会', '农业农村委'] },
  { canonical: '农业农村局', written: ['农业农村局', '农业局'] },
  { canonical: '林业局', written: ['林业局'] },
  { canonical: '水务局', written: ['水务局', '水利局'] },
  { canonical: '文化和旅游发展委员会', written: ['文化和旅游发展委员会', '文化旅游委'] },
  { canonical: '交通委员会', written: ['交通委员会', '交通委', '交委'] },
  { canonical: '交通运输局', written: ['交通运输局', '交通局'] },
  { canonical: '扶贫开发办公室', written: ['扶贫开发办公室', '扶贫办'] },
  { canonical: '扶贫移民局', written: ['扶贫移民局'] },
  { canonical: '民族宗教事务局', written: ['民族宗教事务局', '民宗局'] },
  { canonical: '中医药管理局', written: ['中医药管理局', '中医药局'] },
  { canonical: '国家税务局', written: ['国家税务局', '国税局'] },
  { canonical: '地方税务局', written: ['地方税务局', '地税局'] },
  { canonical: '税务局', written: ['税务局'] },
  { canonical: '大数据发展局', written: ['大数据发展局', '大数据局'] },
  { canonical: '金融工作办公室', written: ['金融工作办公室', '金融办'] },
  { canonical: '应急管理局', written: ['应急管理局'] },
  { canonical: '人民政府办公室', written: ['人民政府办公室', '政府办公室', '政府办'] },
  { canonical: '人民政府法制办公室', written: ['人民政府法制办公室', '政府法制办', '法制办'] },
  {
    canonical: '人民政府应急管理办公室',
    written: ['人民政府应急管理办公室', '政府应急办', '应急办'],
  },
  { canonical: '人民政府督查室', written: ['人民政府督查室', '政府督查室', '督查室'] },
  { canonical: '人民政府', written: ['人民政府', '政府'] },
  {
    canonical: '深化医药卫生体制改革领导小组办公室',
    written: ['深化医药卫生体制改革领导小组办公室', '医改领导小组办公室', '医改办'],
  },
  {
    canonical: '深化医药卫生体制改革领导小组',
    written: ['深化医药卫生体制改革领导小组', '医改领导小组'],
  },
  { canonical: '宣传部', written: ['宣传部'], party: true },
  { canonical: '组织部', written: ['组织部'], party: true },
  {
    canonical: '网络安全和信息化委员会办公室',
    written: ['网络安全和信息化委员会办公室', '网信办'],
    party: true,
  },
  { canonical: '对外宣传办公室', written: ['对外宣传办公室', '外宣办'], party: true },
  {
    canonical: '维护稳定工作领导小组办公室',
    written: ['维护稳定工作领导小组办公室', '维稳办'],
    party: true,
  },
  { canonical: '纪律检查委员会', written: ['纪律检查委员会', '纪委'] },
  { canonical: '监察委员会', written: ['监察委员会', '监委'] },
  { canonical: '监察局', written: ['监察局'] },
  { canonical: '残疾人联合会', written: ['残疾人联合会', '残联'] },
  { canonical: '红十字会', written: ['红十字会'] },
  { canonical: '慈善总会', written: ['慈善总会'] },
  { canonical: '保险行业协会', written: ['保险行业协会'] },
];

/** Level prefixes, longest first; "各县（区）" and "县(区)" fold to full-width brackets. */
const LEVELS = [
  '各县（区）',
  '县（区）',
  '各区县',
  '各区',
  '各县',
  '区县',
  '国家',
  '省',
  '市',
  '州',
  '县',
  '区',
  '镇',
  '乡',
  '街道',
];

const BY_WRITTEN: { written: string; body: BodyName }[] = BODIES.flatMap((body) =>
  body.written.map((written) => ({ written, body })),
).sort((a, b) => b.written.length - a.written.length);

function foldName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[。，、；;,.]+$/, '');
}

function splitLevel(name: string): { level: string; rest: string; partyPrefix: boolean } | null {
  for (const level of LEVELS) {
    if (!name.startsWith(level)) continue;
    const rest = name.slice(level.length);
    // "区委宣传部", "市委编办": the 委 belongs to the prefix unless the rest is a body on its own ("区委员会").
    if (rest.startsWith('委') && rest.length > 1 && !rest.startsWith('委员会')) {
      return { level, rest: rest.slice(1), partyPrefix: true };
    }
    return { level, rest, partyPrefix: false };
  }
  return null;
}

/**
 * The canonical body for a unit as written: level prefix + the body's current standard name
 * ("区卫健委" → "区卫生健康委员会", "市委编办" → "市委机构编制委员会办公室"). Null when the name
 * is not a recognised body (a hospital, a company, "区级有关部门" …): a person maps it.
 */
export function canonicalBody(name: string): string | null {
  const folded = foldName(name);
  const split = splitLevel(folded);
  if (split !== null) {
    const found = lookup(split.rest, split.partyPrefix);
    if (found !== null) return `${split.level}${found}`;
  }
  return lookup(folded, false);
}

function lookup(rest: string, partyPrefix: boolean): string | null {
  const entry = BY_WRITTEN.find((e) => e.written === rest);
  if (entry === undefined) return null;
  const { body } = entry;
  if (partyPrefix && !body.party) return null;
  return `${body.party ? '委' : ''}${body.canonical}`;
}
