// Presets carry the plans' numbers with the sentence they come from, and flag everything else as an assumption.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  leafPaths,
  listPresets,
  preset,
  PRESET_IDS,
  provenanceOf,
} from '../../../src/core/simulate/presets';
import { simulate } from '../../../src/core/simulate/simulate';
import { checkScenario } from '../../../src/core/simulate/validate';
import { encounter, hospital, line } from './fixtures';

const documentLines = (name: string) =>
  readFileSync(new URL(`../../../src/demo/documents/${name}`, import.meta.url), 'utf8').split(
    /\r?\n/,
  );

describe.each(listPresets().map((p) => [p.id, p] as const))('%s', (_id, p) => {
  it('is a valid scenario', () => {
    expect(checkScenario(p.scenario)).toEqual([]);
  });

  it('gives every value a provenance', () => {
    const missing = leafPaths(p.scenario).filter((path) => provenanceOf(p, path) === undefined);
    expect(missing).toEqual([]);
  });

  it('quotes each source from the line it names', () => {
    for (const [path, provenance] of Object.entries(p.provenance)) {
      if (!provenance.source) continue;
      const text = documentLines(provenance.source.document)[provenance.source.line - 1] ?? '';
      expect(text, `${path} → line ${provenance.source.line}`).toContain(provenance.source.quote);
    }
  });

  it('flags the markup rate and the reimbursement figures as assumptions', () => {
    expect(provenanceOf(p, 'markup.rate')).toMatchObject({ assumption: true });
    expect(provenanceOf(p, 'reimbursement.before.rules.0.rule.ratio')).toMatchObject({
      assumption: true,
    });
    expect(provenanceOf(p, 'markup.exemptCategories')?.assumption).toBeFalsy();
  });
});

describe('the plans’ numbers', () => {
  it('banan-2017: zero markup and no pharmacy fee from 2017-09-01, top-up to 90% of the 2016 markup', () => {
    const { scenario, ...p } = preset('banan-2017');
    expect(scenario.markup).toMatchObject({
      effectiveFrom: '2017-09-01',
      abolishedTags: ['pharmacy-service-fee'],
    });
    expect(scenario.compensation).toMatchObject({
      kind: 'floor',
      floorRate: 9000,
      fiscalSponsors: ['government'],
    });
    expect(scenario.compensationBase).toEqual({ kind: 'base-year-markup', year: 2016 });
    const inpatient = scenario.reimbursement.after.rules.find(
      (r) => r.encounterType === 'inpatient',
    );
    expect(inpatient?.rule.fixedAmounts.map((f) => [f.category, f.per, f.part])).toEqual([
      ['consultation', 'day', 'whole-line'],
      ['bed', 'day', 'raised-part'],
    ]);
    expect(
      provenanceOf(p, 'reimbursement.after.rules.2.rule.fixedAmounts.1.quotaFen'),
    ).toMatchObject({ assumption: true });
    expect(
      provenanceOf(p, 'reimbursement.after.rules.2.rule.fixedAmounts.1.part')?.assumption,
    ).toBeFalsy();
  });

  it('harbin-2017: 80/15/5 with dynamic top-up, base 15% of 2016 drug spending, from 2017-08-01', () => {
    const { scenario } = preset('harbin-2017');
    expect(scenario.markup.effectiveFrom).toBe('2017-08-01');
    expect(scenario.compensation).toMatchObject({
      kind: 'split',
      priceShare: 8000,
      governmentShare: 1500,
      hospitalShare: 500,
      topUpPriceShortfall: true,
    });
    expect(scenario.compensationBase).toEqual({
      kind: 'base-year-drug-spending',
      year: 2016,
      share: 1500,
    });
  });

  it('ziyang-2017: 70/20/10, start date an assumption', () => {
    const p = preset('ziyang-2017');
    expect(p.scenario.compensation).toMatchObject({
      kind: 'split',
      priceShare: 7000,
      governmentShare: 2000,
      hospitalShare: 1000,
    });
    expect(provenanceOf(p, 'markup.effectiveFrom')).toMatchObject({ assumption: true });
    expect(provenanceOf(p, 'compensation.topUpPriceShortfall')).toMatchObject({ assumption: true });
  });

  it('returns a fresh copy each time', () => {
    const a = preset('banan-2017');
    a.scenario.markup.rate = 0;
    expect(preset('banan-2017').scenario.markup.rate).toBe(1500);
  });
});

describe('each preset runs on bills as it stands', () => {
  it.each(PRESET_IDS)('%s', (id) => {
    const { scenario } = preset(id);
    const result = simulate({
      scenario,
      hospitals: [hospital({ id: 'H2' })],
      encounters: [
        encounter({
          id: 'E1',
          scheme: 'employee',
          type: 'inpatient',
          startDate: '2017-10-01',
          endDate: '2017-10-05',
          lines: [
            line({ category: 'bed', unitPriceFen: 2000, quantity: 4 }),
            line({ category: 'western-drug', unitPriceFen: 115_000 }),
            line({ category: 'tcm-decoction-pieces', unitPriceFen: 5000 }),
          ],
        }),
      ],
    });
    // 1,150.00 of western drugs lose their markup: 1,150.00 − 1,000.00 = 150.00
    expect(result.hospitals[0]?.lostMarkupFen).toBe(15_000);
    expect(result.total.after.costFen).toBe(8000 + 100_000 + 5000);
    expect(result.conditions.burdenDoesNotRise.holds).toBe(true);
  });
});
