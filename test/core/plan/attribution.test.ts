import { describe, expect, it } from 'vitest';
import {
  createAttributionState,
  findAttributionClause,
  parseAttribution,
  type AttributionState,
} from '../../../src/core/plan/attribution';
import { splitUnitList } from '../../../src/core/plan/unit-list';

function read(text: string, state: AttributionState = createAttributionState()) {
  const clause = findAttributionClause(text);
  if (clause === null) throw new Error(`no clause in ${text}`);
  const { lead, co, eachLeadsOwnPart, problems } = parseAttribution(clause, state);
  return { clause: clause.text, lead, co, eachLeadsOwnPart, problems };
}

describe('explicit lead and cooperating units', () => {
  it('reads 牵头单位 and 配合单位', () => {
    expect(read('推进改革。（牵头单位：区卫健委，配合单位：区发改委、区财政局）')).toEqual({
      clause: '（牵头单位：区卫健委，配合单位：区发改委、区财政局）',
      lead: ['区卫健委'],
      co: ['区发改委', '区财政局'],
      eachLeadsOwnPart: false,
      problems: [],
    });
  });

  it('reads 责任单位 with 配合单位, and a body named as a whole', () => {
    expect(read('落实投入。（责任单位：区财政局，配合单位：区卫健委）')).toMatchObject({
      lead: ['区财政局'],
      co: ['区卫健委'],
    });
    expect(read('落实责任。（责任单位：区医改领导小组各成员单位）')).toMatchObject({
      lead: ['区医改领导小组各成员单位'],
      co: [],
    });
  });

  it('generalises: half-width brackets, 牵头部门/协办单位 labels, a space after 、', () => {
    expect(read('建设平台(牵头部门:县卫生健康局;协办单位:县医保局、 县财政局)')).toMatchObject({
      lead: ['县卫生健康局'],
      co: ['县医保局', '县财政局'],
    });
    expect(read('开展试点。（县医保局牵头，县卫生健康局、县财政局配合）')).toMatchObject({
      lead: ['县医保局'],
      co: ['县卫生健康局', '县财政局'],
    });
  });
});

describe('first listed leads (列首位的为牵头部门，下同)', () => {
  it('reads the note and applies it to every later clause of the document', () => {
    const state = createAttributionState();
    expect(
      read('〔市卫生计生委、市财政局和各县（区）人民政府负责。列首位的为牵头部门，下同〕', state),
    ).toMatchObject({
      lead: ['市卫生计生委'],
      co: ['市财政局', '各县（区）人民政府'],
    });
    expect(
      read(
        '〔市人力资源社会保障局、市卫生计生委和各县（区）人民政府负责，市保险行业协会、市中医药局参与〕',
        state,
      ),
    ).toMatchObject({
      lead: ['市人力资源社会保障局'],
      co: ['市卫生计生委', '各县（区）人民政府', '市保险行业协会', '市中医药局'],
    });
    expect(
      read('〔责任单位：市卫生计生委、市财政局和各县（区）人民政府负责〕', state),
    ).toMatchObject({
      lead: ['市卫生计生委'],
      co: ['市财政局', '各县（区）人民政府'],
    });
  });

  it('分别负责 still makes every listed unit lead, and its explanation is not a unit', () => {
    const state: AttributionState = { firstListedLeads: true };
    expect(
      read(
        '〔市财政局、市发展改革委和各县（区）人民政府分别负责，分别负责指各部门（地方）按职责分头落实，下同〕',
        state,
      ),
    ).toMatchObject({
      lead: ['市财政局', '市发展改革委', '各县（区）人民政府'],
      co: [],
      eachLeadsOwnPart: true,
      problems: [],
    });
  });

  it('reads the Harbin form with half-width punctuation', () => {
    const state = createAttributionState();
    expect(
      read(
        '(责任单位:市卫生计生委、市财政局、市人社局、市发改委,排在第一位的为牵头部门,下同)',
        state,
      ),
    ).toMatchObject({
      lead: ['市卫生计生委'],
      co: ['市财政局', '市人社局', '市发改委'],
    });
    expect(read('(责任单位:市发改委、市人社局、市卫生计生委)', state)).toMatchObject({
      lead: ['市发改委'],
      co: ['市人社局', '市卫生计生委'],
    });
    expect(read('(责任单位:市编办、市人社局、市卫生计生委分别负责)', state)).toMatchObject({
      lead: ['市编办', '市人社局', '市卫生计生委'],
      co: [],
      eachLeadsOwnPart: true,
    });
  });

  it('a note without 下同 applies to its own clause only', () => {
    const state = createAttributionState();
    expect(read('（县卫健局、县财政局负责，排名第一的为牵头单位）', state)).toMatchObject({
      lead: ['县卫健局'],
    });
    expect(state.firstListedLeads).toBe(false);
    expect(read('（县卫健局、县财政局负责）', state)).toMatchObject({
      lead: ['县卫健局', '县财政局'],
    });
  });
});

describe('负责 … 参与 (Kaizhou)', () => {
  it('reads lead before 负责 and participants before 参与, dropping 等', () => {
    expect(read('(区卫生健康委负责,区发展改革委、区财政局、区人力社保局等参与)')).toMatchObject({
      lead: ['区卫生健康委'],
      co: ['区发展改革委', '区财政局', '区人力社保局'],
      eachLeadsOwnPart: false,
    });
    expect(read('(区医保局、区卫生健康委分别负责,区财政局等参与)')).toMatchObject({
      lead: ['区医保局', '区卫生健康委'],
      co: ['区财政局'],
      eachLeadsOwnPart: true,
    });
  });

  it('without a note, several units before 负责 lead jointly', () => {
    expect(read('(区医保局、区财政局负责)')).toMatchObject({
      lead: ['区医保局', '区财政局'],
      co: [],
    });
  });

  it('with the note, the first listed leads', () => {
    const state = createAttributionState();
    read('(区卫生健康委、区发展改革委、区财政局等负责。排在第一位的为牵头部门,下同)', state);
    expect(read('(区医保局、区财政局负责)', state)).toMatchObject({
      lead: ['区医保局'],
      co: ['区财政局'],
    });
  });

  it('the 分别负责 explanation with 下同 does not switch on first-listed-leads', () => {
    const state = createAttributionState();
    read(
      '(区发展改革委、区国资委等分别负责,区级有关部门参与。分别负责为区级各部门按职责分别牵头,下同)',
      state,
    );
    expect(state.firstListedLeads).toBe(false);
  });
});

describe('what is not a clause', () => {
  it.each([
    '所有公立医院全部取消药品加成(中药饮片除外)。',
    '通过增加政府(举办主体,下同)投入补偿15%。',
    '做好“五有三严”(有防护指南、有防控管理制度和责任人、有防护物资设备)等工作。',
    '由市卫生计生行政部门负责审批。',
    '落实宣传癌症预防与筛查指南(科普版)。',
  ])('%s', (text) => {
    expect(findAttributionClause(text)).toBeNull();
  });

  it('reports what it cannot read', () => {
    const { problems } = read('（责任单位：）');
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('splitUnitList', () => {
  it('keeps names as written, splits 和 only between two bodies', () => {
    expect(splitUnitList('市经济和信息化委、市中医药局和各县（区）人民政府')).toEqual([
      '市经济和信息化委',
      '市中医药局',
      '各县（区）人民政府',
    ]);
    expect(splitUnitList('区卫健委及区财政局等')).toEqual(['区卫健委', '区财政局']);
    expect(splitUnitList('市人力资源和社会保障局、区住房和城乡建设委员会')).toEqual([
      '市人力资源和社会保障局',
      '区住房和城乡建设委员会',
    ]);
  });
});

describe('time limits inside a clause', () => {
  it('are not units and not problems', () => {
    expect(
      read('（牵头单位：县卫健局；配合单位：县财政局；完成时限：2022年12月底前）'),
    ).toMatchObject({
      lead: ['县卫健局'],
      co: ['县财政局'],
      problems: [],
    });
    expect(read('（县医保局负责，长期坚持）')).toMatchObject({ lead: ['县医保局'], problems: [] });
  });
});
