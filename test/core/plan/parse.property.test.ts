// parsePlan never throws and always returns a well-formed Plan: on arbitrary strings, on plan-like noise, and on
// the seed plans mangled the way real uploads are (lines cut, split, dropped; punctuation and whitespace changed).
// No stage may fail on any of them: a stage failure would otherwise hide as a warning, so the properties run strict.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, stageFailures, type ParseOptions } from '../../../src/core/plan/parse';
import type { Plan, SourceRef } from '../../../src/core/plan/types';

const seedFolder = fileURLToPath(new URL('../../../src/demo/documents/', import.meta.url));
const seeds = readdirSync(seedFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(`${seedFolder}${name}`, 'utf8'));

const isDate = (value: string | null) => value === null || /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The invariants every Plan keeps, whatever the input. */
function expectWellFormed(plan: Plan): void {
  expect(Number.isInteger(plan.lineCount) && plan.lineCount >= 0).toBe(true);
  const inRange = (line: number) => Number.isInteger(line) && line >= 1 && line <= plan.lineCount;
  const checkSource = (source: SourceRef) => {
    expect(inRange(source.line), `line ${source.line} of ${plan.lineCount}`).toBe(true);
    if (source.endLine !== undefined && source.endLine !== null) {
      expect(inRange(source.endLine)).toBe(true);
      expect(source.endLine).toBeGreaterThanOrEqual(source.line);
    }
  };
  for (const field of [
    'sections',
    'tasks',
    'targets',
    'workGroups',
    'schedule',
    'units',
    'warnings',
  ] as const)
    expect(Array.isArray(plan[field])).toBe(true);

  const sections = [...plan.sections];
  while (sections.length > 0) {
    const section = sections.pop();
    if (!section) break;
    checkSource(section.source);
    sections.push(...section.children);
  }
  for (const task of plan.tasks) {
    checkSource(task.source);
    expect(Array.isArray(task.lead) && Array.isArray(task.co)).toBe(true);
    expect(typeof task.title).toBe('string');
    expect(isDate(task.due)).toBe(true);
  }
  for (const target of plan.targets) {
    checkSource(target.source);
    expect(Number.isFinite(target.value)).toBe(true);
    expect(['<', '<=', '>', '>=', '=', '~']).toContain(target.op);
    expect(isDate(target.due)).toBe(true);
  }
  for (const group of plan.workGroups) checkSource(group.source);
  for (const item of plan.schedule) {
    checkSource(item.source);
    expect(isDate(item.due)).toBe(true);
  }
  for (const unit of plan.units) for (const line of unit.lines) expect(inRange(line)).toBe(true);
  for (const warning of plan.warnings) {
    expect(typeof warning.message === 'string' && warning.message.length > 0).toBe(true);
    if (warning.line !== null) expect(inRange(warning.line)).toBe(true);
  }
}

/** The property under test; `options` is the seam through which a test injects a fault. */
const wellFormedWith = (options: ParseOptions) => (text: string) => {
  const plan = parsePlan(text, { ...options, strict: true });
  expect(stageFailures(plan)).toEqual([]);
  expectWellFormed(plan);
};
const parsesWellFormed = wellFormedWith({});

const fullToHalf: Record<string, string> = {
  '（': '(',
  '）': ')',
  '，': ',',
  '：': ':',
  '；': ';',
  '。': '.',
  '〔': '[',
  '〕': ']',
  '、': ',',
  '“': '"',
  '”': '"',
  '　': ' ',
};
const halfToFull = Object.fromEntries(
  Object.entries(fullToHalf).map(([full, half]) => [half, full]),
);
const swapPunctuation = (line: string) =>
  [...line].map((ch) => fullToHalf[ch] ?? halfToFull[ch] ?? ch).join('');

const mutation = fc.record({
  kind: fc.constantFrom('remove', 'cut', 'split', 'punctuation', 'whitespace', 'duplicate'),
  at: fc.nat(),
  position: fc.nat(),
  whitespace: fc.constantFrom('\t', ' ', '　', ' \t ', '\t\t', '\u00a0'),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mangle(text: string, mutations: Mutation[], ending: string, swapAll: boolean): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const change of mutations) {
    if (lines.length === 0) break;
    const at = change.at % lines.length;
    const line = lines[at] ?? '';
    const position = line.length === 0 ? 0 : change.position % line.length;
    if (change.kind === 'remove') lines.splice(at, 1);
    else if (change.kind === 'cut') lines[at] = line.slice(0, position);
    else if (change.kind === 'split')
      lines.splice(at, 1, line.slice(0, position), line.slice(position));
    else if (change.kind === 'punctuation') lines[at] = swapPunctuation(line);
    else if (change.kind === 'whitespace')
      lines[at] = line.slice(0, position) + change.whitespace + line.slice(position);
    else lines.splice(at, 0, line);
  }
  const joined = lines.join(ending);
  return swapAll ? swapPunctuation(joined) : joined;
}

const planWords = [
  '一、',
  '（一）',
  '(二)',
  '1.',
  '12．',
  '附件2',
  '序号',
  '完成时限',
  '\t',
  '\n',
  '\n\n',
  '牵头单位：',
  '配合单位：',
  '区卫健委',
  '市财政局',
  '、',
  '，',
  '负责',
  '参与',
  '分别负责',
  '列首位的为牵头部门',
  '(责任单位:',
  ')',
  '）',
  '2020年底前',
  '8月11日前',
  '全程',
  '2017年4月—2018年12月',
  '降到',
  '30%',
  '以下',
  '不低于',
  '1∶2',
  '个',
  '组 长',
  '副组长',
  '成 员',
  '牵头部门：',
  '成员部门：',
  '工作职责：',
  '〔2017〕152号',
  '2017年8月18日',
  '通知',
];

describe('parsePlan on any input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parsesWellFormed), {
      numRuns: 300,
    });
  });

  it('never throws on plan-like noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...planWords), { maxLength: 200 }), (words) =>
        parsesWellFormed(words.join('')),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on mangled seed plans', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (seed, mutations, ending, swapAll) =>
          parsesWellFormed(mangle(seeds[seed] ?? '', mutations, ending, swapAll)),
      ),
      { numRuns: 300 },
    );
  });
});

describe('the properties catch a failing stage', () => {
  const throwing =
    (stage: string, when: (text: string) => boolean) =>
    (name: string, run: () => unknown): (() => unknown) =>
      name === stage
        ? () => {
            if (when(stageInput.current)) throw new Error('injected fault');
            return run();
          }
        : run;
  const stageInput = { current: '' };

  it('fails when one stage throws, although parsePlan itself still returns a plan', () => {
    // A fault only on inputs holding a numbered item: the property must find one and fail.
    const replaceStage = throwing('任务', (text) => /[0-9一二三四五六七八九十]/.test(text));
    const property = (text: string) => {
      stageInput.current = text;
      wellFormedWith({ replaceStage })(text);
    };
    let failure: unknown = null;
    try {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...planWords), { maxLength: 60 }), (words) =>
          property(words.join('')),
        ),
        { numRuns: 200 },
      );
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).toMatch(/Property failed/);
    expect(String((failure as Error).cause)).toMatch(/解析任务时出错：injected fault/);
    // Without strict the same fault becomes a stage-failure warning naming the stage.
    stageInput.current = '一、重点任务\n1. 建设平台。（牵头单位：县卫健局）';
    const plan = parsePlan(stageInput.current, { replaceStage });
    expect(stageFailures(plan)).toEqual([
      expect.objectContaining({ kind: 'stage-failure', stage: '任务', line: null }),
    ]);
    expect(plan.tasks).toEqual([]);
  });

  it('passes with no fault injected (the seam itself changes nothing)', () => {
    const text = '一、重点任务\n1. 建设平台。（牵头单位：县卫健局）';
    expect(parsePlan(text, { replaceStage: (_name, run) => run })).toEqual(parsePlan(text));
  });
});
