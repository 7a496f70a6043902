// The bulk path: grouping on worker threads gives the same results as grouping in process, in input order.
import { describe, expect, it } from 'vitest';
import { groupCasesInParallel } from '../../src/analytics/drg-bulk';
import { groupCase } from '../../src/core/drg/group';
import { caseGenerator } from '../../src/core/drg/random-cases';
import type { DrgCase, DrgResult, DrgRules } from '../../src/core/drg/types';
import { loadDrgCatalogues, loadDrgRules, loadDrgScheme } from '../../src/store/drg-schemes';

describe('bulk DRG grouping on worker threads', () => {
  it('matches in-process grouping, case by case and in order', async () => {
    const scheme = loadDrgScheme('chongqing-2022');
    const generator = caseGenerator(
      loadDrgRules('chongqing-2022') as DrgRules,
      scheme,
      7,
      Object.keys(loadDrgCatalogues().diagnoses),
    );
    const cases: DrgCase[] = Array.from({ length: 5000 }, () => generator.next());
    async function* stream() {
      yield* cases;
    }
    const results: DrgResult[] = [];
    for await (const result of groupCasesInParallel(stream(), {
      scheme: 'chongqing-2022',
      workers: 2,
      batchSize: 700,
    })) {
      results.push(result);
    }
    expect(results).toEqual(cases.map((c) => groupCase(scheme, c, { trace: false })));
    expect(results.some((result) => result.warnings.length > 0)).toBe(true);

    const strict: DrgResult[] = [];
    for await (const result of groupCasesInParallel(stream(), {
      scheme: 'chongqing-2022',
      workers: 2,
      strict: true,
    })) {
      strict.push(result);
    }
    expect(strict).toEqual(cases.map((c) => groupCase(scheme, c, { trace: false, strict: true })));
    expect(strict.filter((r) => r.status === '信息校验不通过').length).toBeGreaterThan(
      results.filter((r) => r.status === '信息校验不通过').length,
    );
  });

  it('carries the trace when asked', async () => {
    const scheme = loadDrgScheme('chs-drg-1.1');
    const generator = caseGenerator(
      loadDrgRules('chs-drg-1.1') as DrgRules,
      scheme,
      8,
      Object.keys(loadDrgCatalogues().diagnoses),
    );
    const cases = Array.from({ length: 300 }, () => generator.next());
    const results: DrgResult[] = [];
    for await (const result of groupCasesInParallel(cases, {
      scheme: 'chs-drg-1.1',
      workers: 2,
      batchSize: 64,
      trace: true,
    })) {
      results.push(result);
    }
    expect(results).toEqual(cases.map((c) => groupCase(scheme, c)));
  });

  it('fails with the loader’s message for an unknown scheme', async () => {
    const run = async () => {
      for await (const _ of groupCasesInParallel([], { scheme: 'no-such-scheme', workers: 1 }))
        void _;
    };
    await expect(run()).rejects.toThrow(/未知的分组方案/);
  });
});
