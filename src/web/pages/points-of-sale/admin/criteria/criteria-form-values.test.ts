import { describe, expect, it } from 'vitest';
import type { CriteriaDefinition } from '../../../../../modules/outlets/contract.ts';
import { checkDefinition } from '../../../../../modules/outlets/criteria/check-definition.ts';
import { SHIPPED_VERSIONS } from '../../../../../modules/outlets/criteria/shipped-versions.ts';
import { emptyChoice, emptySection, fromCriteriaForm, toCriteriaForm } from './criteria-form-values.ts';

const shipped: Record<string, CriteriaDefinition> = Object.fromEntries(SHIPPED_VERSIONS.map((v) => [v.set, v.definition]));

describe('the criteria draft form', () => {
  it.each(Object.keys(shipped))('gives back %s exactly when nothing is changed (help texts, bands and sources included)', (set) => {
    const definition = shipped[set] as CriteriaDefinition;
    expect(fromCriteriaForm(toCriteriaForm(definition))).toEqual(definition);
  });

  it('turns typed numbers into numbers, an empty field into no value, and a failing choice into passes: false', () => {
    const values = toCriteriaForm(shipped['moit-950'] as CriteriaDefinition);
    values.definition.localRules.minOcopSharePercent = '75';
    values.definition.localRules.minAreaM2ByKind.kiosk = '';
    values.definition.localRules.minAreaM2ByKind.shop = '12,5';
    const section = emptySection('X');
    const [item] = section.items;
    if (!item) throw new Error('a new section has one item');
    Object.assign(item, { text: { vi: 'Có biển hiệu', en: 'Has a sign' }, answer: 'choice', knockOut: true, points: '' });
    item.choices = [{ ...emptyChoice('yes'), label: { vi: 'Có', en: 'Yes' } }, { ...emptyChoice('no'), label: { vi: 'Không', en: 'No' }, fails: true }];
    values.definition.sections.push(section);

    const definition = fromCriteriaForm(values);
    expect(definition.localRules.minOcopSharePercent).toBe(75);
    expect(definition.localRules.minAreaM2ByKind?.shop).toBe(12.5);
    expect(definition.localRules.minAreaM2ByKind).not.toHaveProperty('kiosk');
    expect(definition.sections.at(-1)?.items[0]).toEqual({
      code: 'X.1', text: { vi: 'Có biển hiệu', en: 'Has a sign' }, answer: 'choice', knockOut: true,
      choices: [{ value: 'yes', label: { vi: 'Có', en: 'Yes' } }, { value: 'no', label: { vi: 'Không', en: 'No' }, passes: false }],
    });
    expect(checkDefinition(definition)).toEqual([]);
  });

  it('drops a threshold and a unit when the item is no longer a number', () => {
    const values = toCriteriaForm(shipped['moit-950'] as CriteriaDefinition);
    const numberItem = values.definition.sections.flatMap((s) => s.items).find((i) => i.answer === 'number');
    if (!numberItem) throw new Error('the 950 checklist has number items');
    numberItem.answer = 'yes-no';
    const item = fromCriteriaForm(values).sections.flatMap((s) => s.items).find((i) => i.code === numberItem.code);
    expect(item).not.toHaveProperty('min');
    expect(item).not.toHaveProperty('rule');
    expect(item).not.toHaveProperty('unit');
  });
});
