import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitLines, toParagraphs } from '../../../src/core/plan/lines';
import { extractMetadata } from '../../../src/core/plan/metadata';
import { buildSections } from '../../../src/core/plan/sections';

function tree(text: string, bodyStartLine?: number) {
  const paragraphs = toParagraphs(splitLines(text));
  const start = bodyStartLine ?? extractMetadata(paragraphs, []).bodyStartLine;
  return buildSections(paragraphs, start);
}

function seed(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../../src/demo/documents/${name}`, import.meta.url)),
    'utf8',
  );
}

describe('buildSections', () => {
  it('nests styles in the order they appear and keys sections by their numbering path', () => {
    const text = [
      '一、总体要求',
      '（一）指导思想。内容。',
      '1.坚持政策联动。内容。',
      '（1）细则一。内容。',
      '①要点。内容。',
      '（2）细则二。内容。',
      '2.坚持分类改革。内容。',
      '（二）基本原则',
      '二、重点任务',
      '(三)继续编号。内容。',
    ].join('\n');
    const { items } = tree(text, 1);
    expect(items.map((i) => [i.section.key, i.section.level, i.section.title])).toEqual([
      ['一', 1, '总体要求'],
      ['一/（一）', 2, '指导思想'],
      ['一/（一）/1', 3, '坚持政策联动'],
      ['一/（一）/1/（1）', 4, '细则一'],
      ['一/（一）/1/（1）/①', 5, '要点'],
      ['一/（一）/1/（2）', 4, '细则二'],
      ['一/（一）/2', 3, '坚持分类改革'],
      ['一/（二）', 2, '基本原则'],
      ['二', 1, '重点任务'],
      ['二/（三）', 2, '继续编号'],
    ]);
    expect(items[0]?.section.children.map((c) => c.key)).toEqual(['一/（一）', '一/（二）']);
  });

  it('gives the covering notice its own keys (Kaizhou has 一、二、三 in both)', () => {
    const { sections } = tree(seed('kaizhou-2020-h2-reform-task-division.txt'));
    expect(sections.map((s) => s.key)).toEqual([
      '通知/一',
      '通知/二',
      '通知/三',
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
    ]);
    expect(sections[3]?.children.map((c) => c.ref)).toEqual([
      '(一)',
      '(二)',
      '(三)',
      '(四)',
      '(五)',
    ]);
  });

  it('makes annexes top-level parts, keeps keys unique and leaves table cells alone (Banan)', () => {
    const { sections, items } = tree(seed('banan-2017-public-hospital-reform.txt'));
    expect(sections.map((s) => s.key)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '附件1',
      '附件2',
      '附件3',
      '附件2#2',
    ]);
    const keys = items.map((i) => i.section.key);
    expect(new Set(keys).size).toBe(keys.length);
    const annex1 = sections[5];
    expect(annex1?.title).toBe('巴南区全面推开公立医院综合改革工作任务分工方案');
    expect(annex1?.children.map((c) => c.key)).toEqual([
      '附件1/一',
      '附件1/二',
      '附件1/三',
      '附件1/四',
      '附件1/五',
    ]);
    expect(sections[6]?.children).toEqual([]);
  });

  it('builds the same keys on a re-parse', () => {
    const text = seed('ziyang-2017-comprehensive-reform-pilot.txt');
    expect(tree(text).items.map((i) => i.section.key)).toEqual(
      tree(text).items.map((i) => i.section.key),
    );
  });
});
