// Property tests: the deadline and target readers never throw on arbitrary text and keep their
// positions inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadlineText } from '../../../src/core/plan/deadlines';
import { extractTargets } from '../../../src/core/plan/targets';
import { extractSchedule } from '../../../src/core/plan/schedule';
import { extractWorkGroups } from '../../../src/core/plan/work-groups';

const pieces = [
  '2017年',
  '8月',
  '11日',
  '前',
  '底',
  '年底',
  '以下',
  '以上',
  '不低于',
  '不超过',
  '达到',
  '左右',
  '1∶2',
  '%',
  '个',
  '30',
  '１２',
  '—',
  '至',
  '，',
  '。',
  '\t',
  '\n',
  '的',
  '各区',
  '二级公立医院',
  '“十三五”',
  '期间',
  '占',
  '全程',
  '（',
  '）',
  '每千人口',
  '。',
  ' ',
  '组',
  '序号',
  '完成时限',
  '责任组',
  '牵头部门：',
];
const planLike = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  planLike,
);
const ctx = fc.record({
  issuedOn: fc.constantFrom(null, '2017-08-18', '2020-02-29'),
  defaultYear: fc.constantFrom(null, 2017, 2020),
});

describe('never throws', () => {
  it('findDeadlines and parseDeadlineText', () => {
    fc.assert(
      fc.property(text, ctx, (s, c) => {
        for (const d of findDeadlines(s, c)) {
          expect(d.index).toBeGreaterThanOrEqual(0);
          expect(d.index + d.length).toBeLessThanOrEqual(s.length);
          if (d.due !== null) expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        parseDeadlineText(s, c);
      }),
      { numRuns: 500 },
    );
  });

  it('extractTargets', () => {
    fc.assert(
      fc.property(text, ctx, (s, c) => {
        const targets = extractTargets([{ text: s, startLine: 1, endLine: 1 }], [], c, []);
        for (const t of targets) {
          expect(Number.isFinite(t.value)).toBe(true);
          expect(s).toContain(t.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('extractSchedule and extractWorkGroups', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), ctx, (lines, c) => {
        extractSchedule(lines, c, []);
        extractWorkGroups(lines, []);
      }),
      { numRuns: 300 },
    );
  });
});
