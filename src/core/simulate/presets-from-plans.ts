// Generated from the seed plans by test/core/plan/mechanisms-presets.test.ts (vitest -u): what the parser
// reads from each preset's document. Do not edit by hand; change the parser and regenerate.
import type { PlanMechanisms } from '../plan/mechanisms/types';

export const PRESET_MECHANISMS: Record<
  'banan-2017' | 'harbin-2017' | 'ziyang-2017',
  { issuedOn: string | null; mechanisms: PlanMechanisms }
> = {
  'banan-2017': {
    issuedOn: '2017-08-18',
    mechanisms: {
      markup: {
        effectiveFrom: '2017-09-01',
        effectiveYear: null,
        rate: null,
        exemptCategories: ['tcm-decoction-pieces'],
        abolishedTags: ['pharmacy-service-fee'],
      },
      compensation: { kind: 'floor', floorRate: 9000, fiscalSponsors: ['government'] },
      compensationBase: { kind: 'base-year-markup', year: 2016 },
      fixedAmounts: [
        {
          encounterType: 'outpatient',
          category: 'consultation',
          per: 'visit',
          part: 'whole-line',
          quotaFen: null,
          remainder: null,
        },
        {
          encounterType: 'inpatient',
          category: 'consultation',
          per: 'day',
          part: 'whole-line',
          quotaFen: null,
          remainder: null,
        },
        {
          encounterType: 'inpatient',
          category: 'bed',
          per: 'day',
          part: 'raised-part',
          quotaFen: null,
          remainder: null,
        },
      ],
      priceAdjustment: { itemCount: 439, insuranceClass: 'A' },
      perCasePayment: { diseaseCount: 100, inpatientShare: null },
      stated: [
        {
          kind: 'drg-payment',
          summary: '按疾病诊断相关分组（DRG）付费',
          source: {
            line: 42,
            quote:
              '全面实施以总额预算为基础，门诊按人头付费，住院按病种、按床日付费等多种方式相结合，适应不同人群、不同疾病及医疗服务特点的复合型支付方式，鼓励推进按疾病诊断相关分组（DRGs）付费方式，逐步减少按项目付费',
          },
        },
        {
          kind: 'global-budget',
          summary: '医保基金总额预算（总额控制）',
          source: {
            line: 42,
            quote:
              '全面实施以总额预算为基础，门诊按人头付费，住院按病种、按床日付费等多种方式相结合，适应不同人群、不同疾病及医疗服务特点的复合型支付方式，鼓励推进按疾病诊断相关分组（DRGs）付费方式，逐步减少按项目付费',
          },
        },
        {
          kind: 'capitation',
          summary: '按人头付费',
          source: {
            line: 42,
            quote:
              '全面实施以总额预算为基础，门诊按人头付费，住院按病种、按床日付费等多种方式相结合，适应不同人群、不同疾病及医疗服务特点的复合型支付方式，鼓励推进按疾病诊断相关分组（DRGs）付费方式，逐步减少按项目付费',
          },
        },
        {
          kind: 'per-diem',
          summary: '按床日付费',
          source: {
            line: 42,
            quote:
              '全面实施以总额预算为基础，门诊按人头付费，住院按病种、按床日付费等多种方式相结合，适应不同人群、不同疾病及医疗服务特点的复合型支付方式，鼓励推进按疾病诊断相关分组（DRGs）付费方式，逐步减少按项目付费',
          },
        },
        {
          kind: 'consultation-per-course',
          summary: '一个疗程只收取一次诊察费',
          source: {
            line: 60,
            quote:
              '对门诊注射、输液、换药、理疗、针灸、推拿、血透、放射治疗等患者，1个疗程只收取1次诊察费',
          },
        },
        {
          kind: 'two-invoice',
          summary: '药品采购“两票制”',
          source: { line: 48, quote: '2.落实药品采购“两票制”改革' },
        },
      ],
      sources: {
        'markup.effectiveFrom': {
          line: 31,
          quote: '2017年9月1日起，全区所有公立医院全部取消药品加成（中药饮片除外）',
        },
        'markup.exemptCategories': {
          line: 31,
          quote: '全区所有公立医院全部取消药品加成（中药饮片除外）',
        },
        'markup.abolishedTags': { line: 36, quote: '（一）全面取消药品加成和药事服务费' },
        'compensation.kind': {
          line: 44,
          quote:
            '对区政府举办的公立医院，价格调整后补偿率不足90%的，按照经费保障关系，由市、区两级财政分别给予补助，确保补偿率达到90%，补助资金纳入财政预算',
        },
        'compensation.floorRate': { line: 44, quote: '确保补偿率达到90%' },
        'compensation.fiscalSponsors': {
          line: 44,
          quote: '在区的行政事业单位办公立医院及国企医院按照事权划分原则，补助经费由原渠道予以保障',
        },
        'fixedAmounts.0': { line: 39, quote: '1.定额报销诊察费' },
        'fixedAmounts.1': { line: 39, quote: '1.定额报销诊察费' },
        'fixedAmounts.2': { line: 40, quote: '2.定额报销床位费' },
        'fixedAmounts.2.part': {
          line: 40,
          quote: '一、二、三级公立医院床位费调价提高部分由医保每床日定额报销',
        },
        'priceAdjustment.itemCount': {
          line: 37,
          quote: '首批调整诊察费、床位费等439项医疗服务项目价格',
        },
        'priceAdjustment.insuranceClass': { line: 41, quote: '其医保属性统一确定为甲类项目' },
        'perCasePayment.diseaseCount': {
          line: 42,
          quote: '2017年，实行单病种付费的病种数不少于100个',
        },
        perCasePayment: { line: 42, quote: '实行单病种付费的病种数不少于100个' },
        compensationBase: { line: 44, quote: '药品加成额以2016年卫生财务决算年报为基数' },
      },
      open: {
        'markup.hospitalsWithoutMarkup': {
          note: '方案未列出已取消加成的4家医院：请填入它们的编号，其账单药价不再含加成',
          source: { line: 73, quote: '已取消药品加成的4家公立医院取消药事服务费' },
        },
        'compensation.fundingShares': {
          note: '方案未给市、区（县）两级的分担比例',
          source: { line: 44, quote: '按照经费保障关系' },
        },
        'fixedAmounts.*.quotaFen': {
          note: '方案未写定额额度',
          source: { line: 39, quote: '城镇职工医保、城乡居民医保实行统一的定额报销额度' },
        },
        'fixedAmounts.*.remainder': {
          note: '方案写由原按比例报销调整为按定额报销，未说明原价部分是否仍按比例报销',
          source: { line: 40, quote: '将床位费由原按比例报销统一调整为按定额报销' },
        },
        priceSchedule: {
          note: '请导入市物价部门下发的调价表（首批439项），调整后的项目医保属性填甲类',
          source: { line: 37, quote: '具体医疗服务项目价格调整方案以市物价部门下发的为准' },
        },
        'conditions.fundMaxIncrease': {
          note: '方案要求“医保基金可承受”但未量化',
          source: { line: 31, quote: '保证公立医院良性运行、医保基金可承受、群众整体负担不增加' },
        },
      },
      issuerLevel: 'district',
    },
  },
  'harbin-2017': {
    issuedOn: '2017-06-08',
    mechanisms: {
      markup: {
        effectiveFrom: '2017-08-01',
        effectiveYear: null,
        rate: null,
        exemptCategories: ['tcm-decoction-pieces'],
        abolishedTags: [],
      },
      compensation: {
        kind: 'split',
        priceShare: 8000,
        governmentShare: 1500,
        hospitalShare: 500,
        topUpPriceShortfall: true,
        fiscalSponsors: ['government'],
      },
      compensationBase: { kind: 'base-year-drug-spending', year: 2016, share: 1500 },
      fixedAmounts: null,
      priceAdjustment: { itemCount: null, insuranceClass: null },
      perCasePayment: { diseaseCount: 100, inpatientShare: null },
      stated: [
        {
          kind: 'global-budget',
          summary: '医保基金总额预算（总额控制）',
          source: {
            line: 83,
            quote:
              '结合医保基金预算管理,推行以总额控制为基础,按病种、按人头等多种付费方式相结合的复合型付费方式',
          },
        },
        {
          kind: 'surplus-retained',
          summary: '结余留用、合理超支分担',
          source: {
            line: 83,
            quote:
              '不断完善“结余留用、合理超支分担”的激励约束机制,激发定点医疗机构保证质量、控制成本、规范诊疗的内生动力',
          },
        },
        {
          kind: 'two-invoice',
          summary: '药品采购“两票制”，2017-09-01 起',
          date: '2017-09-01',
          source: {
            line: 77,
            quote:
              '全面实施药品采购“两票制”,全市所有公立医疗机构自2017年9月1日起,全面实施药品采购“两票制”(生产企业到流通企业开一次发票,流通企业到医疗机构开一次发票),鼓励其他医疗机构推行“两票制”',
          },
        },
      ],
      sources: {
        'markup.effectiveFrom': {
          line: 61,
          quote:
            '自2017年8月1日起,全面推开城市公立医院综合改革,所有公立医院全部取消药品加成(中药饮片除外)',
        },
        'markup.exemptCategories': {
          line: 61,
          quote: '所有公立医院全部取消药品加成(中药饮片除外)',
        },
        'compensation.priceShare': { line: 73, quote: '通过调整医疗服务价格补偿80%' },
        'compensation.governmentShare': {
          line: 73,
          quote: '通过增加政府(举办主体,下同)投入补偿15%',
        },
        'compensation.hospitalShare': { line: 73, quote: '通过医院加强管理、降低运行成本等解决5%' },
        'compensation.kind': {
          line: 73,
          quote:
            '因取消加成而减少的合理收入,通过调整医疗服务价格补偿80%,通过增加政府(举办主体,下同)投入补偿15%,通过医院加强管理、降低运行成本等解决5%',
        },
        'compensation.topUpPriceShortfall': {
          line: 73,
          quote: '价格调整补偿到位前,各级政府应予以动态兜底补偿',
        },
        'compensation.fiscalSponsors': {
          line: 73,
          quote:
            '对增加的政府投入部分,各级政府举办的公立医院应纳入同级财政预算管理,其他公立医院按原保障渠道解决',
        },
        'perCasePayment.diseaseCount': {
          line: 75,
          quote: '到2017年年底前,全市实行按病种收费的病种不少于100个',
        },
        perCasePayment: { line: 75, quote: '全市实行按病种收费的病种不少于100个' },
        compensationBase: { line: 73, quote: '补偿额按2016年度药品费的15%测算' },
      },
      open: {
        'compensation.fundingShares': {
          note: '方案未给市、区（县）两级的分担比例',
          source: { line: 73, quote: '各级政府举办的公立医院应纳入同级财政预算管理' },
        },
        priceSchedule: {
          note: '请导入本市公立医院医疗服务价格改革方案的调价表',
          source: {
            line: 75,
            quote:
              '按照“总量控制、结构调整、有升有降、逐步到位”的原则,制定本市公立医院医疗服务价格改革方案,在保证公立医院良性运行、医保基金可承受、群众整体负担不增加的前提下,积极稳妥推进医疗服务价格改革,降低大型医用设备检查治疗和检验价格,合理调整体现医务人员技术劳务价值的医疗服务价格,特别是诊疗、手术、护理、康复、中医等服务项目价格',
          },
        },
        'conditions.fundMaxIncrease': {
          note: '方案要求“医保基金可承受”但未量化',
          source: {
            line: 75,
            quote: '在保证公立医院良性运行、医保基金可承受、群众整体负担不增加的前提下',
          },
        },
      },
      issuerLevel: 'city',
    },
  },
  'ziyang-2017': {
    issuedOn: '2017-06-21',
    mechanisms: {
      markup: {
        effectiveFrom: null,
        effectiveYear: 2017,
        rate: null,
        exemptCategories: ['tcm-decoction-pieces'],
        abolishedTags: [],
      },
      compensation: {
        kind: 'split',
        priceShare: 7000,
        governmentShare: 2000,
        hospitalShare: 1000,
        topUpPriceShortfall: null,
        fiscalSponsors: null,
      },
      compensationBase: null,
      fixedAmounts: null,
      priceAdjustment: { itemCount: null, insuranceClass: null },
      perCasePayment: { diseaseCount: 100, inpatientShare: 5000 },
      stated: [
        {
          kind: 'drg-payment',
          summary: '按疾病诊断相关分组（DRG）付费',
          source: { line: 55, quote: '积极探索和推进疾病诊断分组（drugs）付费方式改革' },
        },
        {
          kind: 'global-budget',
          summary: '医保基金总额预算（总额控制）',
          source: {
            line: 55,
            quote: '完善医保付费总额控制，强化医保对医疗服务行为和费用的调控引导与监督制约',
          },
        },
        {
          kind: 'capitation',
          summary: '按人头付费',
          source: {
            line: 67,
            quote:
              '制订体现全科医学特点的服务项目和收费标准，完善签约服务收费和激励政策，推进全科医生、乡村医生、个体医生与城乡居民签约服务，鼓励各地对签约服务实行按人头付费，签约服务费用通过医保基金、签约居民付费和基本公共卫生服务经费等渠道解决',
          },
        },
        {
          kind: 'surplus-retained',
          summary: '结余留用、合理超支分担',
          source: { line: 57, quote: '担、结余留用”风险分担机制' },
        },
        {
          kind: 'two-invoice',
          summary: '药品采购“两票制”',
          source: {
            line: 43,
            quote: '深化药品流通领域改革，压缩中间流通环节，积极探索推行“两票制”',
          },
        },
      ],
      sources: {
        'markup.exemptCategories': { line: 41, quote: '城市公立医院取消药品加成（中药饮片除外）' },
        'markup.effectiveYear': {
          line: 153,
          quote: '2017年，全市所有城市公立医院基本完成“四同步”改革',
        },
        'compensation.priceShare': { line: 41, quote: '70%通过调整医疗服务价格' },
        'compensation.governmentShare': { line: 41, quote: '20%通过财政投入予以补偿' },
        'compensation.hospitalShare': { line: 41, quote: '10%通过医院加强管理' },
        'compensation.kind': {
          line: 41,
          quote:
            '城市公立医院取消药品加成（中药饮片除外），对医院减少的合理收入，原则上 70%通过调整医疗服务价格、20%通过财政投入予以补偿，核定增加的财政投入纳入预算管理，10%通过医院加强管理、降低运行成本解决',
        },
        'perCasePayment.diseaseCount': {
          line: 55,
          quote:
            '重点推进以按病种付费为主的混合型支付方式改革，2017 年底前实行按病种付费的病种不少于 100 个',
        },
        'perCasePayment.inpatientShare': {
          line: 151,
          quote: '医保定点医院50%以上的住院患者实现按病种付费',
        },
        perCasePayment: { line: 55, quote: '重点推进以按病种付费为主的混合型支付方式改革' },
      },
      open: {
        'markup.hospitalsWithoutMarkup': {
          note: '县级公立医院已实行药品零差率销售：请填入它们的编号，其账单药价不再含加成',
          source: { line: 39, quote: '巩固和完善县级公立医院药品零差率销售改革' },
        },
        'markup.effectiveFrom': {
          note: '方案只写2017年基本完成，未给启动日：默认2017-01-01，请填实际启动日',
          source: { line: 153, quote: '2017年，全市所有城市公立医院基本完成“四同步”改革' },
        },
        'compensation.fundingShares': {
          note: '方案未给市、区（县）两级的分担比例',
          source: {
            line: 41,
            quote:
              '〔市财政局、市发展改革委、市卫生计生委、市人力资源社会保障局、市中医药局和各县（区）人民政府分别负责',
          },
        },
        priceSchedule: {
          note: '请导入本地医疗服务价格调整表',
          source: {
            line: 41,
            quote:
              '以经过科学测算的医疗服务成本和收入结构变化为基础，逐步理顺医疗服务价格，建立动态调整机制',
          },
        },
        compensationBase: {
          note: '方案按“医院减少的合理收入”补偿，未给基期：默认按模拟的减少收入计算',
          source: { line: 41, quote: '对医院减少的合理收入' },
        },
      },
      issuerLevel: 'city',
    },
  },
};
