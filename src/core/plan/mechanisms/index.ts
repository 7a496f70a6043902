// Reads the money mechanisms a plan states into PlanMechanisms (the draft scenario's fields with their
// sentences); draftScenario (draft.ts) turns them into a whole scenario with every open value an assumption.
import type { Paragraph } from '../lines';
import { readCompensationBase } from './compensation-base';
import { readCompensation, readFundCondition } from './compensation';
import { readFixedAmounts } from './fixed-amounts';
import { readMarkup } from './markup';
import { readPerCase } from './per-case';
import { readPriceAdjustment } from './price-adjustment';
import { toSentences } from './sentences';
import { readStated } from './stated';
import type { PlanMechanisms } from './types';

export type * from './types';
export { draftScenario, type DraftRecord, type DraftScenario } from './draft';

/** The government level of the issuing body: "…巴南区人民政府办公室" → district, "哈尔滨市人民政府办公厅" → city. */
export function issuerLevel(issuer: string | null): PlanMechanisms['issuerLevel'] {
  if (!issuer) return null;
  const levels = [...issuer.matchAll(/([市区县])(?:人民政府|政府)/g)];
  const last = levels[levels.length - 1]?.[1];
  if (last === '市') return 'city';
  if (last === '区' || last === '县') return 'district';
  return null;
}

/** The mechanisms of a plan, from its paragraphs; `issuer` decides which government level pays by default. */
export function extractMechanisms(
  paragraphs: readonly Paragraph[],
  issuer: string | null,
): PlanMechanisms {
  const sentences = toSentences(paragraphs);
  const markup = readMarkup(sentences);
  const compensation = readCompensation(sentences);
  const base = readCompensationBase(sentences, compensation.paragraphIndex);
  const fixed = readFixedAmounts(sentences);
  const prices = readPriceAdjustment(sentences);
  const perCase = readPerCase(sentences);
  const fund = readFundCondition(sentences);
  const sources = {
    ...markup.sources,
    ...compensation.sources,
    ...fixed.sources,
    ...prices.sources,
    ...perCase.sources,
    ...(base.source ? { compensationBase: base.source } : {}),
  };
  const open = {
    ...markup.open,
    ...compensation.open,
    ...fixed.open,
    ...(prices.open ? { priceSchedule: prices.open } : {}),
    ...(base.open ? { compensationBase: base.open } : {}),
    ...(fund ? { 'conditions.fundMaxIncrease': fund } : {}),
  };
  return {
    markup: markup.markup,
    compensation: compensation.compensation,
    compensationBase: base.base,
    fixedAmounts: fixed.fixedAmounts,
    priceAdjustment: prices.priceAdjustment,
    perCasePayment: perCase.perCasePayment,
    stated: readStated(sentences),
    sources,
    open,
    issuerLevel: issuerLevel(issuer),
  };
}
