import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passingAnswers } from '../../../../test/support/outlet-fixtures.ts';
import type { CriteriaDefinition } from './definition.ts';
import { evaluateCriteria } from './evaluate-criteria.ts';
import { checkDefinition } from './check-definition.ts';
import { HANOI_6385, MOIT_950, SHIPPED_VERSIONS } from './shipped-versions.ts';

const shipped = (set: string): CriteriaDefinition => {
  const found = SHIPPED_VERSIONS.find((v) => v.set === set);
  if (!found) throw new Error(set);
  return found.definition;
};
const moit950 = shipped(MOIT_950);
const hanoi6385 = shipped(HANOI_6385);
const passing = passingAnswers;

describe('the shipped criteria', () => {
  it('ship Decision 950 as a checklist and Decision 6385 as a 100-point scorecard, each with its sources', () => {
    expect(moit950.scoring.kind).toBe('checklist');
    expect(hanoi6385.scoring).toEqual({ kind: 'points', maxPoints: 100, passMark: 70 });
    expect(hanoi6385.sections.map((s) => s.maxPoints)).toEqual([20, 15, 20, 10, 35]);
    for (const { definition } of SHIPPED_VERSIONS) {
      expect(checkDefinition(definition)).toEqual([]);
      expect(definition.sources.length).toBeGreaterThan(0);
    }
    // Criterion 1 of 950: one of the eight location types, or none.
    const locationType = moit950.sections[0]?.items[0];
    expect(locationType?.knockOut).toBe(true);
    expect(locationType?.choices?.filter((c) => c.passes !== false)).toHaveLength(8);
  });
});

describe('evaluating a checklist (Decision 950)', () => {
  it('suggests approval when every knock-out item passes', () => {
    const result = evaluateCriteria(moit950, passing(moit950), { kind: 'shop' });
    expect(result).toMatchObject({ complete: true, eligible: true, suggestedDecision: 'approve' });
    expect(result.knockOuts.every((k) => k.outcome === 'passed')).toBe(true);
    expect(result.total.score).toBeNull();
  });

  it('makes a point not eligible when one knock-out item fails, and says which and why', () => {
    const answers = { ...passing(moit950), '1.1': { value: 'none' } };
    const result = evaluateCriteria(moit950, answers, { kind: 'shop' });
    expect(result.eligible).toBe(false);
    expect(result.suggestedDecision).toBe('reject');
    const failed = result.knockOuts.filter((k) => k.outcome === 'failed');
    expect(failed.map((k) => k.code)).toEqual(['1.1']);
    expect(failed[0]?.reason?.en).toContain('None of the above');
  });

  it('judges the floor area by the minimum for the kind of point', () => {
    const answers = { ...passing(moit950), '3.1': { value: 30 } };
    expect(evaluateCriteria(moit950, answers, { kind: 'kiosk' }).eligible).toBe(true);
    const shop = evaluateCriteria(moit950, answers, { kind: 'shop' });
    expect(shop.eligible).toBe(false);
    expect(shop.knockOuts.find((k) => k.code === '3.1')?.reason).toEqual({
      vi: 'Diện tích sàn dành cho trưng bày và bán hàng: 30 m² < tối thiểu 50 m² (cửa hàng)',
      en: 'Floor area for display and sale: 30 m² < minimum 50 m² (shop)',
    });
  });

  it('holds the OCOP share to the local rule of the version, exactly at the boundary', () => {
    const at = evaluateCriteria(moit950, { ...passing(moit950), '2.3': { value: 70 } }, { kind: 'shop' });
    const under = evaluateCriteria(moit950, { ...passing(moit950), '2.3': { value: 69.9 } }, { kind: 'shop' });
    expect(at.eligible).toBe(true);
    expect(under.eligible).toBe(false);
  });

  it('lists what is missing or malformed and suggests nothing until it is answered', () => {
    const answers = passing(moit950);
    delete answers['1.2'];
    answers['1.3'] = { notApplicable: true };
    answers['2.3'] = { value: 'seventy' };
    const result = evaluateCriteria(moit950, answers, { kind: 'shop' });
    expect(result.complete).toBe(false);
    expect(result.suggestedDecision).toBe('incomplete');
    expect(result.problems.map((p) => [p.code, p.problem])).toEqual([['1.2', 'missing'], ['1.3', 'not-applicable-not-allowed'], ['2.3', 'wrong-type']]);
  });
});

describe('evaluating a scorecard (Decision 6385)', () => {
  const kind = 'creative-design-centre' as const;

  it('scores 100 when everything is met, section by section', () => {
    const result = evaluateCriteria(hanoi6385, passing(hanoi6385), { kind });
    expect(result.sections.map((s) => [s.code, s.score])).toEqual([['A', 20], ['B', 15], ['C', 20], ['D', 10], ['E', 35]]);
    expect(result.total).toMatchObject({ earned: 100, possible: 100, score: 100, passMark: 70 });
    expect(result.suggestedDecision).toBe('approve');
  });

  it('leaves a not-applicable item out of the denominator instead of counting it as zero', () => {
    const notApplicable = evaluateCriteria(hanoi6385, { ...passing(hanoi6385), C4: { notApplicable: true } }, { kind });
    const no = evaluateCriteria(hanoi6385, { ...passing(hanoi6385), C4: { value: false } }, { kind });
    const sectionC = (r: typeof no) => r.sections.find((s) => s.code === 'C');
    expect(sectionC(notApplicable)).toMatchObject({ earned: 16, possible: 16, score: 20 });
    expect(sectionC(no)).toMatchObject({ earned: 16, possible: 20, score: 16 });
    expect(notApplicable.total).toMatchObject({ earned: 96, possible: 96, score: 100 });
    expect(no.total).toMatchObject({ earned: 96, possible: 100, score: 96 });
  });

  it('suggests improving below the pass mark, and rejects whatever the score when a mandatory item fails', () => {
    const weak = passing(hanoi6385);
    for (const code of ['A2', 'A3', 'A4', 'B2', 'B3', 'C1', 'C2', 'D1']) weak[code] = { value: false };
    const low = evaluateCriteria(hanoi6385, weak, { kind });
    expect(low.total.score).toBe(62);
    expect(low).toMatchObject({ eligible: true, suggestedDecision: 'improve' });

    const smallWorkshop = evaluateCriteria(hanoi6385, { ...passing(hanoi6385), B1: { value: 80 } }, { kind });
    expect(smallWorkshop.total.score).toBe(94);
    expect(smallWorkshop).toMatchObject({ eligible: false, suggestedDecision: 'reject' });
    expect(smallWorkshop.knockOuts.find((k) => k.code === 'B1')?.outcome).toBe('failed');
  });

  it('never scores outside 0…max, and "not applicable" never scores lower than "no"', () => {
    const yesNo = hanoi6385.sections.flatMap((s) => s.items).filter((i) => i.answer === 'yes-no' && i.notApplicableAllowed);
    const scored = hanoi6385.sections.flatMap((s) => s.items).filter((i) => i.answer === 'yes-no');
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: scored.length, maxLength: scored.length }), (values) => {
      const answers = passing(hanoi6385);
      scored.forEach((item, i) => { answers[item.code] = { value: values[i] ?? false }; });
      const result = evaluateCriteria(hanoi6385, answers, { kind });
      expect(result.total.score ?? 0).toBeGreaterThanOrEqual(0);
      expect(result.total.score ?? 0).toBeLessThanOrEqual(100);
      for (const item of yesNo) {
        if (answers[item.code]?.value !== false) continue;
        const withNa = evaluateCriteria(hanoi6385, { ...answers, [item.code]: { notApplicable: true } }, { kind });
        expect(withNa.total.score ?? 0).toBeGreaterThanOrEqual(result.total.score ?? 0);
      }
    }), { numRuns: 200 });
  });
});

describe('checking a definition before it is published', () => {
  it('refuses points that do not add up and rules the version does not set', () => {
    const broken = structuredClone(hanoi6385);
    const first = broken.sections[0];
    if (first) first.maxPoints = 25;
    broken.localRules = {};
    const problems = checkDefinition(broken).map((p) => p.en);
    expect(problems).toContain('Section A: its items add up to 20 points, not 25');
    expect(problems).toContain('Item A1: the minimum OCOP share is not set');
    expect(problems).toContain('The sections add up to 105 points, not 100');
  });
});
