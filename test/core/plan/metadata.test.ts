import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitLines, toParagraphs } from '../../../src/core/plan/lines';
import { extractMetadata, readDocNumber, readIssueDate } from '../../../src/core/plan/metadata';
import type { PlanWarning } from '../../../src/core/plan/types';

function metadataOf(text: string) {
  const warnings: PlanWarning[] = [];
  const meta = extractMetadata(toParagraphs(splitLines(text)), warnings);
  return { meta, warnings };
}

function seed(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../../src/demo/documents/${name}`, import.meta.url)),
    'utf8',
  );
}

describe('metadata of the seed plans', () => {
  it.each([
    [
      'banan-2017-public-hospital-reform.txt',
      {
        title: '巴南区全面推开公立医院综合改革实施方案',
        noticeTitle: '关于印发全面推开公立医院综合改革实施方案的通知',
        issuer: '重庆市巴南区人民政府办公室',
        docNumber: '巴南府办发〔2017〕152号',
        issuedOn: '2017-08-18',
        bodyStartLine: 19,
      },
    ],
    [
      'harbin-2017-urban-public-hospital-reform.txt',
      {
        title: '哈尔滨市城市公立医院综合改革实施方案',
        noticeTitle: '关于印发哈尔滨市城市公立医院综合改革实施方案的通知',
        issuer: '哈尔滨市人民政府办公厅',
        docNumber: '哈政办规〔2017〕28号',
        issuedOn: '2017-06-08',
        bodyStartLine: 33,
      },
    ],
    [
      'kaizhou-2020-h2-reform-task-division.txt',
      {
        title: '贯彻落实重庆市人民政府办公厅深化医药卫生体制改革2020年下半年重点工作任务分工',
        noticeTitle:
          '关于印发贯彻落实重庆市人民政府办公厅深化医药卫生体制改革2020年下半年重点工作任务分工的通知',
        issuer: '重庆市开州区人民政府办公室',
        docNumber: '开州府办发〔2020〕109号',
        issuedOn: '2020-10-27',
        bodyStartLine: 32,
      },
    ],
    [
      'ziyang-2017-comprehensive-reform-pilot.txt',
      {
        title: '资阳市深化医药卫生体制综合改革试点方案',
        noticeTitle: '关于印发资阳市深化医药卫生体制综合改革试点方案的通知',
        issuer: '资阳市人民政府',
        docNumber: '资府发〔2017〕23号',
        issuedOn: '2017-06-21',
        bodyStartLine: 17,
      },
    ],
    [
      'yuzhong-2022-high-quality-development.txt',
      {
        title: '重庆市渝中区推动公立医院高质量发展实施方案',
        noticeTitle: '关于印发《重庆市渝中区推动公立医院高质量发展实施方案》的通知',
        issuer: '重庆市渝中区人民政府办公室',
        docNumber: null,
        issuedOn: '2022-04-26',
        bodyStartLine: 14,
      },
    ],
  ])('%s', (file, expected) => {
    expect(metadataOf(seed(file)).meta).toMatchObject(expected);
  });

  it('repairs Kaizhou’s damaged number and date and says so, with the lines', () => {
    expect(
      metadataOf(seed('kaizhou-2020-h2-reform-task-division.txt')).warnings.map((w) => w.line),
    ).toEqual([8, 30]);
  });

  it('reads no warning from undamaged heads', () => {
    expect(metadataOf(seed('harbin-2017-urban-public-hospital-reform.txt')).warnings).toEqual([]);
  });
});

describe('made-up heads', () => {
  it('ignores website chrome and reads a title split over lines', () => {
    const text = [
      '首页 >> 政务公开 作者:信息中心 更新时间:2019-03-02',
      '某县人民政府办公室',
      '关于印发某县深化公立医院',
      '综合改革实施方案的通知',
      '某府办发〔2018〕７号',
      '各乡镇人民政府：',
      '现将《某县深化公立医院综合改革实施方案》印发给你们，请认真贯彻执行。',
      '某县人民政府办公室',
      '二〇一八年十二月三日',
      '某县深化公立医院',
      '综合改革实施方案',
      '一、总体要求',
    ].join('\n');
    expect(metadataOf(text).meta).toMatchObject({
      title: '某县深化公立医院综合改革实施方案',
      noticeTitle: '关于印发某县深化公立医院综合改革实施方案的通知',
      issuer: '某县人民政府办公室',
      docNumber: '某府办发〔2018〕7号',
      issuedOn: '2018-12-03',
      bodyStartLine: 10,
    });
  });

  it('reads a plan without a notice, and returns nulls rather than failing on an empty text', () => {
    expect(metadataOf('某市卫生健康委工作要点\n\n一、加强领导。内容。').meta).toMatchObject({
      title: '某市卫生健康委工作要点',
      noticeTitle: null,
      docNumber: null,
      issuedOn: null,
    });
    expect(metadataOf('').meta).toMatchObject({ title: null, issuer: null, issuedOn: null });
  });

  it('reads damaged numbers and dates as best it can', () => {
    expect(readDocNumber('开州府办发〔2020109')).toEqual({
      docNumber: '开州府办发〔2020〕109号',
      damaged: true,
    });
    expect(readDocNumber('渝府办发[2022]5号')).toEqual({
      docNumber: '渝府办发〔2022〕5号',
      damaged: false,
    });
    expect(readDocNumber('为贯彻落实（川府发〔2016〕32号）精神')).toBeNull();
    expect(readIssueDate('20201027')).toEqual({ date: '2020-10-27', damaged: true });
    expect(readIssueDate('2017年6月8日')).toEqual({ date: '2017-06-08', damaged: false });
    expect(readIssueDate('2017年2月30日')).toBeNull();
    expect(readIssueDate('更新时间:2017-09-07')).toBeNull();
  });
});
