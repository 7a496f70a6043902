// Money mechanisms read from plan wordings the seeds do not use, each value with its line; and what the
// five seeds state, including the mechanisms the simulator does not model.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftScenario, extractMechanisms } from '../../../src/core/plan/mechanisms';
import { readShares } from '../../../src/core/plan/mechanisms/shares';
import { splitLines, toParagraphs } from '../../../src/core/plan/lines';
import { parsePlan } from '../../../src/core/plan/parse';
import { scenarioProblems } from '../../../src/core/simulate/scenario-schema';

const mechanisms = (text: string, issuer: string | null = '某某市人民政府办公室') =>
  extractMechanisms(toParagraphs(splitLines(text)), issuer);

const seed = (name: string) =>
  parsePlan(readFileSync(new URL(`../../../src/demo/documents/${name}`, import.meta.url), 'utf8'))
    .mechanisms;

describe('markup removal', () => {
  const text = [
    '一、改革内容',
    '（一）实行药品零差率销售。自2018年1月1日零时起，全市公立医院实行药品零差率销售（中药饮片除外），同时取消药事服务费。',
    '（二）已实行药品零差率销售的3家县级医院继续执行。',
  ].join('\n');

  it('reads the date, the exemption and the abolished fee, with their lines', () => {
    const m = mechanisms(text);
    expect(m.markup).toEqual({
      effectiveFrom: '2018-01-01',
      effectiveYear: null,
      rate: null,
      exemptCategories: ['tcm-decoction-pieces'],
      abolishedTags: ['pharmacy-service-fee'],
    });
    expect(m.sources['markup.effectiveFrom']?.line).toBe(2);
    expect(m.sources['markup.abolishedTags']).toEqual({ line: 2, quote: '同时取消药事服务费' });
    expect(m.open['markup.hospitalsWithoutMarkup']).toMatchObject({
      note: expect.stringContaining('已取消加成的3家医院'),
      source: { line: 3 },
    });
  });

  it('reads 取消药品加成（不含中药饮片） and a stated markup rate', () => {
    const m = mechanisms(
      '从2019年7月1日起，取消公立医院药品加成（不含中药饮片），原药品加成率为15%。',
    );
    expect(m.markup).toMatchObject({
      effectiveFrom: '2019-07-01',
      rate: 1500,
      exemptCategories: ['tcm-decoction-pieces'],
      abolishedTags: [],
    });
  });

  it('takes the year a phased plan completes the removal by, as an open start date', () => {
    const m = mechanisms(
      '3. 公立医院改革。2018年，启动城市公立医院取消药品加成改革。2019年，全市所有城市公立医院全面完成改革。',
    );
    expect(m.markup).toMatchObject({ effectiveFrom: null, effectiveYear: 2019 });
    expect(m.open['markup.effectiveFrom']?.note).toContain('2019年全面完成');
  });

  it('finds no markup removal in a plan that does not state one', () => {
    expect(mechanisms('加强公共卫生队伍建设。做好秋冬季疫情防控。').markup).toBeNull();
  });
});

describe('compensation rules', () => {
  it('reads 80/15/5 written price first, with each share quoted', () => {
    const m = mechanisms(
      '取消药品加成减少的合理收入，通过调整医疗服务价格补偿80%，财政补助15%，医院自行消化5%。',
    );
    expect(m.compensation).toEqual({
      kind: 'split',
      priceShare: 8000,
      governmentShare: 1500,
      hospitalShare: 500,
      topUpPriceShortfall: null,
      fiscalSponsors: null,
    });
    expect(m.sources['compensation.governmentShare']?.quote).toBe('财政补助15%');
    expect(m.sources['compensation.hospitalShare']?.quote).toBe('医院自行消化5%');
  });

  it('reads the list form 按70%、20%、10%的比例……分别通过', () => {
    const m = mechanisms(
      '取消药品加成（中药饮片除外）后减少的收入，按照70%、20%、10%的比例，分别通过调整医疗服务价格、增加财政投入和医院内部消化解决。',
    );
    expect(m.compensation).toMatchObject({
      kind: 'split',
      priceShare: 7000,
      governmentShare: 2000,
      hospitalShare: 1000,
    });
  });

  it('refuses shares that do not add up to 100%', () => {
    const m = mechanisms('取消药品加成减少的收入，通过调整价格补偿80%，财政补助15%，医院消化10%。');
    expect(m.compensation).toBeNull();
  });

  it('reads a floor with its base year, the top-up and the original channel', () => {
    const m = mechanisms(
      [
        '对取消药品加成的公立医院，价格调整后补偿率低于85%的，由县、市两级财政予以补足，确保补偿率不低于85%，补偿基数为2019年药品加成收入。其他公立医院按原渠道解决。',
      ].join('\n'),
      '某某县人民政府',
    );
    expect(m.compensation).toEqual({
      kind: 'floor',
      floorRate: 8500,
      fiscalSponsors: ['government'],
    });
    expect(m.compensationBase).toEqual({ kind: 'base-year-markup', year: 2019 });
    expect(m.issuerLevel).toBe('district');
  });

  it('reads a base of a share of base-year drug revenue', () => {
    const m = mechanisms(
      '取消药品加成减少的收入，70%通过调整医疗服务价格、20%通过财政投入补偿、10%由医院消化，补偿额按2018年度药品收入的12%核定，调价到位前由财政兜底。',
    );
    expect(m.compensationBase).toEqual({
      kind: 'base-year-drug-spending',
      year: 2018,
      share: 1200,
    });
    expect(m.compensation).toMatchObject({ kind: 'split', topUpPriceShortfall: true });
  });
});

describe('fixed-amount reimbursement, classes and per-case payment', () => {
  it('reads the fee, the encounter type, the quota and the rest', () => {
    const m = mechanisms(
      '门诊诊察费由医保基金按每人次8元定额支付，超出部分由个人自付。\n住院护理费纳入医保定额报销。',
    );
    expect(m.fixedAmounts).toEqual([
      {
        encounterType: 'outpatient',
        category: 'consultation',
        per: 'visit',
        part: 'whole-line',
        quotaFen: 800,
        remainder: 'self-pay',
      },
      {
        encounterType: 'inpatient',
        category: 'nursing',
        per: 'day',
        part: 'whole-line',
        quotaFen: null,
        remainder: null,
      },
    ]);
    expect(m.sources['fixedAmounts.1']?.line).toBe(2);
  });

  it('reads adjusted items becoming class A, and the per-case count and share', () => {
    const m = mechanisms(
      '调整后的医疗服务项目纳入医保甲类管理。到2020年底，按病种付费的病种数达到200个，按病种付费的住院病例占比达到60%。',
    );
    expect(m.priceAdjustment).toMatchObject({ insuranceClass: 'A' });
    expect(m.perCasePayment).toEqual({ diseaseCount: 200, inpatientShare: 6000 });
  });

  it('keeps what the scenario does not simulate as stated mechanisms', () => {
    const m = mechanisms(
      '城乡居民医保人均财政补助标准提高40元。在市人民医院和市中医院开展DRG付费试点。',
    );
    expect(m.stated).toEqual([
      expect.objectContaining({
        kind: 'drg-payment',
        sites: ['市人民医院', '市中医院'],
        source: expect.objectContaining({ line: 1 }),
      }),
      expect.objectContaining({ kind: 'resident-insurance-subsidy', amountFen: 4000 }),
    ]);
  });
});

describe('the five seeds', () => {
  it('Kaizhou: the DRG pilot in two hospitals and +30 yuan per resident, no markup mechanism', () => {
    const m = seed('kaizhou-2020-h2-reform-task-division.txt');
    expect(m?.markup).toBeNull();
    expect(m?.compensation).toBeNull();
    expect(m?.stated).toContainEqual(
      expect.objectContaining({ kind: 'drg-payment', sites: ['区人民医院', '区中医院'] }),
    );
    expect(m?.stated).toContainEqual(
      expect.objectContaining({
        kind: 'resident-insurance-subsidy',
        amountFen: 3000,
        source: expect.objectContaining({ line: 72 }),
      }),
    );
  });

  it('Yuzhong: the DRG pilot and surplus retention, stated with their lines', () => {
    const m = seed('yuzhong-2022-high-quality-development.txt');
    expect(m?.markup).toBeNull();
    expect(m?.stated.map((s) => [s.kind, s.source.line])).toEqual([
      ['drg-payment', 68],
      ['global-budget', 68],
      ['surplus-retained', 68],
    ]);
  });

  it('Banan and Ziyang: per-case payment for at least 100 diseases, Ziyang for half the inpatients', () => {
    expect(seed('banan-2017-public-hospital-reform.txt')?.perCasePayment).toEqual({
      diseaseCount: 100,
      inpatientShare: null,
    });
    expect(seed('ziyang-2017-comprehensive-reform-pilot.txt')?.perCasePayment).toEqual({
      diseaseCount: 100,
      inpatientShare: 5000,
    });
  });

  it('a plan without a compensation rule still gives a valid draft, every money value an assumption', () => {
    const plan = parsePlan(
      readFileSync(
        new URL(
          '../../../src/demo/documents/kaizhou-2020-h2-reform-task-division.txt',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    const draft = draftScenario(plan.mechanisms!, {
      id: 'draft',
      name: '开州测算',
      document: 'kaizhou.txt',
      policyPrefix: 'kaizhou',
      issuedOn: plan.issuedOn,
    });
    expect(scenarioProblems(draft.scenario)).toEqual([]);
    expect(draft.provenance.compensation).toMatchObject({ assumption: true });
    expect(draft.provenance['markup.effectiveFrom']).toMatchObject({ assumption: true });
    expect(draft.scenario.markup.effectiveFrom).toBe('2020-01-01');
  });
});

describe('properties', () => {
  const roles = {
    price: ['通过调整医疗服务价格补偿', '调价补偿'],
    government: ['财政补助', '通过增加政府投入补偿'],
    hospital: ['医院自行消化', '通过医院加强管理解决'],
  } as const;

  it('reads any three shares adding up to 100%, in any order and wording', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 98 }),
        fc.integer({ min: 1, max: 98 }),
        fc.shuffledSubarray(['price', 'government', 'hospital'] as const, { minLength: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 3, maxLength: 3 }),
        (a, b, order, percentFirst, wording) => {
          fc.pre(a + b < 100);
          const values = [a, b, 100 - a - b];
          const clauses = order.map((role, i) => {
            const words = roles[role][wording[i] as 0 | 1];
            return percentFirst[i] ? `${values[i]}%${words}` : `${words}${values[i]}%`;
          });
          const shares = readShares(`减少的合理收入，${clauses.join('，')}。`);
          expect(shares?.map((s) => [s.role, s.share])).toEqual(
            order.map((role, i) => [role, (values[i] as number) * 100]),
          );
        },
      ),
    );
  });

  it('never throws on any text, and every source names a line of it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              '取消药品加成（中药饮片除外）',
              '补偿80%，财政15%，医院5%',
              '2017年9月1日起',
              '定额报销床位费',
              '补偿率达到90%',
              '按病种付费的病种数不少于100个',
            ),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = parts.join(parts.length % 2 ? '\n' : '，');
          const m = mechanisms(text);
          const lineCount = splitLines(text).length;
          for (const source of Object.values(m.sources)) {
            expect(source.line).toBeGreaterThanOrEqual(1);
            expect(source.line).toBeLessThanOrEqual(lineCount);
            expect(splitLines(text)[source.line - 1]).toContain(source.quote);
          }
        },
      ),
    );
  });
});
