// The 测算分析报告: a Word report of a simulation run in Chinese — scenario and data, the three conditions
// each as 满足 / 不满足 with the figures, tables, charts, and the bill lines that could not be used.
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { formatRate } from '../core/shared/money';
import type { Scenario } from '../core/simulate/scenario';
import { BODY_FONT, chart, heading, paragraph, table, title } from './report-docx-parts';
import { rasteriseSvg } from './rasterise-svg';
import { simulationCharts, WATERFALL_HOSPITALS, type ChartImage } from './simulation-charts';
import {
  changeText,
  conditionSummaries,
  holdsText,
  hospitalName,
  rateText,
  nameIn,
  SCHEME_NAMES,
  yuanText,
  type SimulationReportInput,
} from './simulation-figures';

type Block = Paragraph | Table;

function compensationWords(scenario: Scenario): string {
  const c = scenario.compensation;
  const rule =
    c.kind === 'split'
      ? `减少的收入通过调整医疗服务价格补偿 ${formatRate(c.priceShare)}、财政补助 ${formatRate(c.governmentShare)}、医院自身消化 ${formatRate(c.hospitalShare)}${c.topUpPriceShortfall ? '，调价不到位的部分由财政兜底' : ''}`
      : `调价后补偿率不足 ${formatRate(c.floorRate)} 的，由财政补足到 ${formatRate(c.floorRate)}`;
  const base = scenario.compensationBase;
  const baseWords =
    base.kind === 'simulated'
      ? '补偿基数为测算出的减少收入'
      : base.kind === 'base-year-markup'
        ? `补偿基数为各医院 ${base.year} 年药品加成收入（缺少时按测算的减少收入）`
        : `补偿基数为各医院 ${base.year} 年药品费的 ${formatRate(base.share)}（缺少时按测算的减少收入）`;
  return `${rule}；${baseWords}。`;
}

function description(input: SimulationReportInput): Block[] {
  const { scenario, result } = input;
  const m = scenario.markup;
  const exempt = m.exemptCategories.length > 0 ? '（中药饮片等除外）' : '';
  return [
    heading('一、测算说明'),
    paragraph(
      `本报告测算测算方案“${input.scenarioName}”（第 ${input.scenarioVersion} 版）在账单数据“${input.datasetName}”上的影响。`,
    ),
    paragraph(
      `测算方案要点：自 ${m.effectiveFrom} 起取消药品加成${exempt}（原加成率 ${formatRate(m.rate)}）${m.abolishedTags.includes('pharmacy-service-fee') ? '，同时取消药事服务费' : ''}；价格调整表共 ${scenario.priceSchedule.length} 项；${compensationWords(scenario)}医保基金可承受的上限设为支出增加不超过改革前的 ${formatRate(scenario.conditions.fundMaxIncrease)}。`,
    ),
    paragraph(
      `数据：账单明细 ${result.lines.toLocaleString('zh-CN')} 行，参与测算的就诊 ${result.encounters.toLocaleString('zh-CN')} 次；未能测算的明细 ${result.rejected.lines.toLocaleString('zh-CN')} 行（${result.rejected.encounters} 次就诊，见第六部分）。金额单位为元。`,
    ),
  ];
}

function conditions(input: SimulationReportInput): Block[] {
  const summaries = conditionSummaries(input);
  const held = summaries.filter((c) => c.holds).length;
  return [
    heading('二、三项条件的测算结论'),
    paragraph(
      `方案要求改革做到“公立医院良性运行、医保基金可承受、群众整体负担不增加”。按本测算方案测算，三项条件满足 ${held} 项。`,
    ),
    table(
      ['条件', '判断标准', '结论'],
      summaries.map((c) => [c.title, c.plan, holdsText(c.holds)]),
    ),
    ...summaries.flatMap((c, index) => [
      heading(`（${['一', '二', '三'][index]}）${c.title}：${holdsText(c.holds)}`, 2),
      ...c.figures.map((text) => paragraph(text)),
    ]),
  ];
}

function overall(input: SimulationReportInput, figure: () => number, charts: Charts): Block[] {
  const { before, after } = input.result.total;
  const row = (label: string, b: number, a: number) => [
    label,
    yuanText(b),
    yuanText(a),
    changeText(a - b),
  ];
  return [
    heading('三、总体影响'),
    table(
      ['项目', '改革前（元）', '改革后（元）', '变化'],
      [
        row('医疗总费用', before.costFen, after.costFen),
        row('医保基金支付', before.fundFen, after.fundFen),
        row('患者个人负担', before.outOfPocketFen, after.outOfPocketFen),
      ],
      [1, 2, 3],
    ),
    ...(charts.fund ? chart(charts.fund, figure()) : []),
  ];
}

function hospitals(input: SimulationReportInput, figure: () => number, charts: Charts): Block[] {
  const { result } = input;
  const rows = result.hospitals.map((h) => [
    hospitalName(input, h.hospitalId),
    yuanText(h.lostMarkupFen + h.abolishedFeeFen),
    yuanText(h.priceGainFen),
    rateText(h.compensationRate),
    yuanText(h.requiredSubsidyFen),
    rateText(h.totalCompensationRate),
    h.reachesTarget ? '是' : '否',
  ]);
  const { payers } = result.subsidy;
  const shown =
    result.hospitals.length > WATERFALL_HOSPITALS
      ? `图中列出减少收入最多的 ${WATERFALL_HOSPITALS} 家，全部医院见上表。`
      : '';
  return [
    heading('四、医院补偿'),
    paragraph(
      `财政补助合计 ${yuanText(result.subsidy.totalFen)} 元，其中市级 ${yuanText(payers.city)} 元、区级 ${yuanText(payers.district)} 元、由原渠道保障 ${yuanText(payers.originalChannel)} 元。`,
    ),
    table(
      ['医院', '减少的收入', '调价增收', '调价补偿率', '财政补助', '总补偿率', '达标'],
      rows,
      [1, 2, 3, 4, 5],
    ),
    ...(charts.waterfall
      ? [paragraph(`各医院由减少的收入经调价增收、财政补助到净影响的过程见下图。${shown}`)]
      : []),
    ...(charts.waterfall ? chart(charts.waterfall, figure()) : []),
  ];
}

function patients(input: SimulationReportInput, figure: () => number, charts: Charts): Block[] {
  const { result } = input;
  const d = result.outOfPocketChange.byPatient;
  const worst = result.outOfPocketChange.worstHitDiseases;
  return [
    heading('五、患者负担'),
    paragraph(
      `${d.count} 名患者中，全年个人负担增加的 ${d.payingMore} 人、减少的 ${d.payingLess} 人、不变的 ${d.unchanged} 人；变化的中位数为 ${changeText(d.percentilesFen[50])}，90% 的患者变化不超过 ${changeText(d.percentilesFen[90])}，最大增加 ${changeText(d.maxFen)}。`,
    ),
    ...(charts.histogram ? chart(charts.histogram, figure()) : []),
    table(
      ['险种', '就诊次数', '个人负担（改革前）', '个人负担（改革后）', '变化'],
      result.byScheme.map((g) => [
        nameIn(SCHEME_NAMES, g.key),
        String(g.before.encounters),
        yuanText(g.before.outOfPocketFen),
        yuanText(g.after.outOfPocketFen),
        changeText(g.after.outOfPocketFen - g.before.outOfPocketFen),
      ]),
      [1, 2, 3, 4],
    ),
    ...(worst.length > 0
      ? [
          paragraph('平均负担上升最多的病种（ICD-10 类目）：'),
          table(
            ['病种', '就诊次数', '次均变化', '负担增加的就诊'],
            worst.map((w) => [
              [w.disease, input.diseaseNames?.[w.disease] ?? ''].join(' ').trim(),
              String(w.encounters),
              changeText(w.meanChangeFen),
              String(w.payingMore),
            ]),
            [1, 2, 3],
          ),
        ]
      : [paragraph('没有平均负担上升的病种。')]),
  ];
}

function dataProblems(input: SimulationReportInput): Block[] {
  const { rejected } = input.result;
  if (rejected.reasons.length === 0) {
    return [heading('六、数据质量'), paragraph('全部账单明细均通过检查并参与测算。')];
  }
  return [
    heading('六、数据质量'),
    paragraph(
      `共有 ${rejected.lines} 行明细（${rejected.encounters} 次就诊）未参与测算，按原因统计如下（一行可有多个原因）。`,
    ),
    table(
      ['原因', '行数', '示例'],
      rejected.reasons.map((r) => [
        r.label,
        String(r.lines),
        r.examples.map((e) => `第 ${e.line} 行：${e.message}`).join('\n'),
      ]),
      [1],
    ),
  ];
}

function notes(input: SimulationReportInput): Block[] {
  const { warnings } = input.result;
  if (warnings.length === 0) return [];
  return [heading('七、提示'), ...warnings.map((w) => paragraph(w))];
}

type Chart = ChartImage & { png: Buffer | null };

interface Charts {
  waterfall: Chart | undefined;
  histogram: Chart | undefined;
  fund: Chart | undefined;
}

export async function writeSimulationReportDocx(input: SimulationReportInput): Promise<Buffer> {
  const images: Chart[] = [];
  // One after another: each PNG takes a browser process, and the machine's cores are shared.
  for (const image of simulationCharts(input)) {
    images.push({ ...image, png: await rasteriseSvg(image.svg, image.width, image.height) });
  }
  const byTitle = (words: string) => images.find((image) => image.title.includes(words));
  const charts: Charts = {
    waterfall: byTitle('瀑布'),
    histogram: byTitle('负担变化'),
    fund: byTitle('基金'),
  };
  let figures = 0;
  const figure = () => ++figures;
  const date = (input.finishedAt ?? input.createdAt).slice(0, 10);
  const children: Block[] = [
    title(`${input.scenarioName}测算分析报告`),
    paragraph(
      [`测算编号 ${input.id}`, `测算方案第 ${input.scenarioVersion} 版`, `测算日期 ${date}`].join(
        '\u3000',
      ),
    ),
    ...description(input),
    ...conditions(input),
    ...overall(input, figure, charts),
    ...hospitals(input, figure, charts),
    ...patients(input, figure, charts),
    ...dataProblems(input),
    ...notes(input),
  ];
  const document = new Document({
    title: `${input.scenarioName}测算分析报告`,
    styles: { default: { document: { run: { font: BODY_FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
