// Plans unlike the five seeds, as public portals and offices publish them: each class of document is
// read by a general rule, and every rule is checked on at least two differently worded fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse';
import { toPlanJson } from '../../../src/core/plan/plan-json';
import type { Plan } from '../../../src/core/plan/types';

function fixture(name: string): Plan {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return parsePlan(readFileSync(fileURLToPath(url), 'utf8'), { strict: true });
}

const pingchuan = fixture('pingchuan-2016-county-portal.txt');
const qinghe = fixture('qinghe-2019-city-portal.txt');
const donglin = fixture('donglin-2017-service-system.txt');
const beiling = fixture('beiling-2018-tiered-care.txt');

const meta = (plan: Plan) => ({
  title: plan.title,
  noticeTitle: plan.noticeTitle,
  issuer: plan.issuer,
  docNumber: plan.docNumber,
  issuedOn: plan.issuedOn,
});
const goals = (plan: Plan) => plan.targets.map((t) => [t.subject, t.op, t.value, t.unit]);
const messages = (plan: Plan) => plan.warnings.map((w) => w.message).join('\n');

describe('the head of a notice as portals and offices write it', () => {
  it('reads a county notice under portal furniture (【2016】, ○ for 〇, title with its period split)', () => {
    expect(meta(pingchuan)).toEqual({
      title: '平川县公立医院综合改革实施方案（2016—2020年）',
      noticeTitle: '关于印发平川县公立医院综合改革实施方案（2016—2020年）的通知',
      issuer: '平川县人民政府办公室',
      docNumber: '平府办发〔2016〕9号',
      issuedOn: '2016-03-10',
    });
  });

  it('reads a city notice whose number is glued to its title and whose signature ends the paragraph', () => {
    expect(meta(qinghe)).toEqual({
      title: '清河市深化医药卫生体制改革实施方案',
      noticeTitle: '关于印发清河市深化医药卫生体制改革实施方案的通知',
      issuer: '清河市人民政府办公室',
      docNumber: '清府办发〔2019〕21号',
      issuedOn: '2019-07-02',
    });
  });

  it('reads issuer and a damaged compact date on one line, and a number in half-width parentheses', () => {
    expect(meta(donglin)).toEqual({
      title: '东林市医疗卫生服务体系规划(2017—2020年)',
      noticeTitle: '关于印发东林市医疗卫生服务体系规划(2017—2020年)的通知',
      issuer: '东林市人民政府办公室',
      docNumber: '东府办〔2017〕33号',
      issuedOn: '2017-08-21',
    });
    expect(donglin.warnings).toContainEqual({
      line: 6,
      message: '成文日期“2017821”格式残缺，按2017-08-21读取，请核对',
    });
  });

  it('reads a number glued after the title in brackets, a run-in issuer and a Chinese-numeral date below it', () => {
    expect(meta(beiling)).toEqual({
      title: '北岭区推进分级诊疗制度建设实施方案（2018—2020年）',
      noticeTitle: '关于印发北岭区推进分级诊疗制度建设实施方案的通知',
      issuer: '北岭区卫生和计划生育委员会',
      docNumber: '北岭卫发〔2018〕12号',
      issuedOn: '2018-05-04',
    });
  });

  it('never takes 来源 (the body that put the page online) for the issuer, nor 发布日期 for the issue date', () => {
    for (const plan of [pingchuan, qinghe]) {
      expect(plan.issuer).not.toMatch(/卫生和计划生育局|卫生健康委员会/);
      expect(plan.issuedOn).not.toMatch(/-03-25|-07-15/);
    }
  });
});

describe('site furniture', () => {
  it('marks navigation, log-in prompts, metadata rows and a header repeating the title', () => {
    // Pingchuan: log-in bar, breadcrumbs, the repeated notice title, two metadata rows.
    expect(pingchuan.furniture).toEqual([{ from: 1, to: 5 }]);
    // Qinghe: menu bar, breadcrumbs, the plan's name as site header, publication row.
    expect(qinghe.furniture).toEqual([{ from: 1, to: 4 }]);
    // Donglin: a welcome-and-log-in line only; its title line with the issuer is the document's.
    expect(donglin.furniture).toEqual([{ from: 1, to: 1 }]);
    expect(beiling.furniture).toEqual([]);
  });

  it('leaves furniture out of every reading: no target, task or unit comes from it', () => {
    for (const plan of [pingchuan, qinghe, donglin]) {
      const inFurniture = (line: number) =>
        plan.furniture.some((range) => line >= range.from && line <= range.to);
      for (const item of [...plan.targets, ...plan.baselines, ...plan.tasks])
        expect(inFurniture(item.source.line)).toBe(false);
    }
  });
});

describe('tasks without a responsibility clause', () => {
  it('are tasks with an empty lead, marked for review, in a plan that writes no clause at all', () => {
    for (const plan of [pingchuan, beiling]) {
      expect(plan.tasks.length).toBe(3);
      for (const task of plan.tasks) {
        expect(task.lead).toEqual([]);
        expect(task.needsReview).toBe(true);
      }
      expect(plan.warnings.filter((w) => /牵头单位为空/.test(w.message))).toHaveLength(3);
    }
    // Guarantees and implementation sections are not tasks.
    expect(pingchuan.tasks.map((t) => t.title)).not.toContain('加强组织领导');
  });

  it('are tasks among siblings that have a clause', () => {
    expect(qinghe.tasks.map((t) => [t.ref, t.lead, t.needsReview ?? false])).toEqual([
      ['1.', ['市卫生健康委'], false],
      ['2.', ['市医保局'], false],
      ['3.', [], true],
      ['4.', ['市医保局'], true],
    ]);
    expect(donglin.tasks.map((t) => [t.ref, t.lead, t.needsReview ?? false])).toEqual([
      ['（一）', ['市卫生计生委'], false],
      ['（二）', [], true],
      ['（三）', ['市卫生计生委'], false],
    ]);
  });

  it('keep what a list cut off in the middle of its last clause has', () => {
    const last = qinghe.tasks[3];
    expect(last?.title).toBe('健全药品供应保障制度');
    expect(last?.text).toContain('全面落实国家组织药品集中采购和使用政策');
    expect(messages(qinghe)).toContain('责任分工在文末中断');
  });
});

describe('targets written the ways plans write them', () => {
  it('reads percent-first goals as floors', () => {
    expect(goals(pingchuan)).toContainEqual(['乡镇卫生院达到服务能力推荐标准', '>=', 90, '%']);
    expect(goals(qinghe)).toContainEqual(['村卫生室实现医保联网结算', '>=', 80, '%']);
    expect(goals(beiling)).toContainEqual(['社区卫生服务中心通过国家推荐标准评审', '>=', 85, '%']);
  });

  it('reads "分别达到A、B" as one target per figure, each with its own subject', () => {
    expect(goals(pingchuan)).toEqual(
      expect.arrayContaining([
        ['城乡居民医保政策范围内住院费用报销比例', '>=', 75, '%'],
        ['职工医保政策范围内住院费用报销比例', '>=', 80, '%'],
      ]),
    );
    // The qualifier after the last figure (以内) holds for both.
    expect(goals(qinghe)).toEqual(
      expect.arrayContaining([
        ['门诊次均费用增幅', '<', 5, '%'],
        ['住院次均费用增幅', '<', 8, '%'],
      ]),
    );
    expect(goals(donglin)).toEqual(
      expect.arrayContaining([
        ['每千常住人口执业医师数', '>=', 2.5, '人'],
        ['注册护士数', '>=', 3.1, '人'],
      ]),
    );
  });

  it('keeps both ends of a change, and the starting level as a baseline', () => {
    const change = (plan: Plan) => plan.targets.find((t) => t.range?.kind === 'change');
    expect(change(pingchuan)).toMatchObject({
      subject: '县域内就诊率',
      op: '~',
      value: 90,
      range: { kind: 'change', from: 78, to: 90 },
    });
    expect(change(qinghe)).toMatchObject({
      value: 65,
      range: { kind: 'change', from: 52, to: 65 },
    });
    expect(change(beiling)).toMatchObject({
      subject: '家庭医生签约服务覆盖率',
      value: 45,
      range: { kind: 'change', from: 28, to: 45 },
    });
    for (const plan of [pingchuan, qinghe, beiling]) {
      const target = change(plan);
      expect(plan.baselines).toContainEqual(
        expect.objectContaining({ key: `${target?.key}:from`, value: target?.range?.from }),
      );
    }
  });

  it('keeps both ends of a band', () => {
    expect(qinghe.targets.find((t) => t.range?.kind === 'band')).toMatchObject({
      subject: '医疗费用增长幅度',
      op: '<=',
      value: 10,
      range: { kind: 'band', from: 8, to: 10 },
    });
    const inline = parsePlan('某市方案\n一、目标\n到2020年，药占比控制在25—30%。', {
      strict: true,
    });
    expect(inline.targets).toEqual([
      expect.objectContaining({ op: '<=', value: 30, range: { kind: 'band', from: 25, to: 30 } }),
    ]);
  });
});

describe('baselines', () => {
  it('are the figures of 现状 / 工作基础 / 取得成效 / 基本情况 sections, with their year', () => {
    const rows = (plan: Plan) =>
      plan.baselines.filter((b) => !b.key.endsWith(':from')).map((b) => [b.value, b.year]);
    expect(rows(pingchuan)).toEqual([
      [41.5, 2015],
      [78, 2015],
    ]);
    expect(rows(qinghe)).toEqual([
      [85, null],
      [52, null],
    ]);
    expect(rows(donglin)).toEqual([
      [4.6, 2015],
      [70, 2015],
      [82, 2016],
    ]);
    expect(rows(beiling)).toEqual([
      [28, 2017],
      [48, 2017],
      [1200, 2016],
    ]);
  });

  it('are figures dated before the issue date, wherever they stand; later ones stay targets', () => {
    // Donglin (issued 2017-08-21): "2016年全市县域内就诊率为82%" in the goals section.
    expect(donglin.baselines).toContainEqual(expect.objectContaining({ value: 82, year: 2016 }));
    expect(donglin.targets).toContainEqual(
      expect.objectContaining({ subject: '县域内就诊率', value: 90 }),
    );
    // Beiling (issued 2018-05-04): "2016年全区双向转诊人次达到1200人次".
    expect(beiling.baselines).toContainEqual(expect.objectContaining({ value: 1200, year: 2016 }));
    for (const plan of [pingchuan, qinghe, donglin, beiling]) {
      for (const target of plan.targets)
        expect(target.due === null || target.due >= '2016').toBe(true);
    }
  });
});

describe('the --json contract carries the new readings', () => {
  it('adds range, baselines, needsReview and furniture without changing the old fields', () => {
    const json = toPlanJson(pingchuan);
    const change = json.targets.find((t) => t.range !== null);
    expect(change).toMatchObject({
      subject: '县域内就诊率',
      op: '~',
      value: 90,
      unit: '%',
      range: { kind: 'change', from: 78, to: 90 },
    });
    expect(json.targets.filter((t) => t.range === null).length).toBe(json.targets.length - 1);
    expect(json.baselines[0]).toMatchObject({ value: 41.5, unit: '%', year: 2015 });
    expect(json.tasks.every((t) => t.needsReview && t.lead.length === 0)).toBe(true);
    expect(json.furniture).toEqual([{ from: 1, to: 5 }]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
