import type { CriteriaDefinition, CriteriaItem, CriteriaSection } from '../../../../../modules/outlets/criteria/definition.ts';
import { POINT_KINDS, type PointKind } from '../../../../../modules/outlets/domain/point-kinds.ts';
import type { Localized } from '../../../../../shared/localized.ts';

/**
 * A criteria definition as the draft form edits it: the same shape and field names (so the API's
 * refusal of `definition.sections.0.items.2.points` lands on that field), numbers as the text of
 * their input ('' for none). What the form does not edit (help texts, bands, photo counts,
 * sources, kinds) rides along unchanged in `rest`.
 */
export interface ChoiceForm { value: string; label: Localized; points: string; fails: boolean }
export interface ItemForm {
  code: string;
  text: Localized;
  answer: CriteriaItem['answer'];
  knockOut: boolean;
  points: string;
  min: string;
  rule: '' | NonNullable<CriteriaItem['rule']>;
  unit: Localized;
  choices: ChoiceForm[];
  rest: Omit<CriteriaItem, 'code' | 'text' | 'answer' | 'knockOut' | 'points' | 'min' | 'rule' | 'unit' | 'choices'>;
}
export interface SectionForm { code: string; title: Localized; maxPoints: string; items: ItemForm[] }
export interface DefinitionForm {
  title: Localized;
  scoring: { kind: 'checklist' | 'points'; maxPoints: string; passMark: string };
  localRules: { minAreaM2ByKind: Record<PointKind, string>; minOcopSharePercent: string };
  sections: SectionForm[];
  rest: Pick<CriteriaDefinition, 'appliesTo' | 'sources'>;
}
export interface CriteriaFormValues { definition: DefinitionForm }

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));
/** '' is "not set"; anything else the number typed (the server refuses what is not one). */
const number = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value.replace(',', '.')));
const localized = (value: Localized | undefined): Localized => ({ vi: value?.vi ?? '', en: value?.en ?? '' });
/** Drops the keys left unset, so the definition carries no `"points": undefined`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function emptyItem(code: string): ItemForm {
  return { code, text: { vi: '', en: '' }, answer: 'yes-no', knockOut: false, points: '', min: '', rule: '', unit: { vi: '', en: '' }, choices: [], rest: {} };
}

export function emptySection(code: string): SectionForm {
  return { code, title: { vi: '', en: '' }, maxPoints: '', items: [emptyItem(`${code}.1`)] };
}

export function emptyChoice(value: string): ChoiceForm {
  return { value, label: { vi: '', en: '' }, points: '', fails: false };
}

function itemToForm(item: CriteriaItem): ItemForm {
  const { code, text: itemText, answer, knockOut, points, min, rule, unit, choices, ...rest } = item;
  return {
    code, text: localized(itemText), answer, knockOut: knockOut ?? false, points: text(points), min: text(min), rule: rule ?? '',
    unit: localized(unit),
    choices: (choices ?? []).map((c) => ({ value: c.value, label: localized(c.label), points: text(c.points), fails: c.passes === false })),
    rest,
  };
}

export function toCriteriaForm(definition: CriteriaDefinition): CriteriaFormValues {
  const { scoring, localRules } = definition;
  return {
    definition: {
      title: localized(definition.title),
      scoring: scoring.kind === 'points'
        ? { kind: 'points', maxPoints: text(scoring.maxPoints), passMark: text(scoring.passMark) }
        : { kind: 'checklist', maxPoints: '', passMark: '' },
      localRules: {
        minAreaM2ByKind: Object.fromEntries(POINT_KINDS.map((kind) => [kind, text(localRules.minAreaM2ByKind?.[kind])])) as Record<PointKind, string>,
        minOcopSharePercent: text(localRules.minOcopSharePercent),
      },
      sections: definition.sections.map((section: CriteriaSection) => ({
        code: section.code, title: localized(section.title), maxPoints: text(section.maxPoints), items: section.items.map(itemToForm),
      })),
      rest: { appliesTo: definition.appliesTo, sources: definition.sources },
    },
  };
}

function itemFromForm(item: ItemForm): CriteriaItem {
  const hasUnit = item.unit.vi.trim() !== '' || item.unit.en.trim() !== '';
  return defined({
    ...item.rest,
    code: item.code.trim(),
    text: item.text,
    answer: item.answer,
    knockOut: item.knockOut || undefined,
    points: number(item.points),
    min: item.answer === 'number' ? number(item.min) : undefined,
    rule: item.answer === 'number' && item.rule ? item.rule : undefined,
    unit: item.answer === 'number' && hasUnit ? { vi: item.unit.vi, en: item.unit.en || item.unit.vi } : undefined,
    choices: item.answer === 'choice'
      ? item.choices.map((c) => defined({ value: c.value.trim(), label: c.label, points: number(c.points), passes: c.fails ? false : undefined }))
      : undefined,
  });
}

export function fromCriteriaForm({ definition: form }: CriteriaFormValues): CriteriaDefinition {
  const areas: [PointKind, number][] = [];
  for (const kind of POINT_KINDS) {
    const value = number(form.localRules.minAreaM2ByKind[kind] ?? '');
    if (value !== undefined) areas.push([kind, value]);
  }
  return {
    ...form.rest,
    title: form.title,
    scoring: form.scoring.kind === 'points'
      ? { kind: 'points', maxPoints: number(form.scoring.maxPoints) ?? 0, passMark: number(form.scoring.passMark) ?? 0 }
      : { kind: 'checklist' },
    localRules: defined({
      minAreaM2ByKind: areas.length ? (Object.fromEntries(areas) as Partial<Record<PointKind, number>>) : undefined,
      minOcopSharePercent: number(form.localRules.minOcopSharePercent),
    }),
    sections: form.sections.map((section) => defined({
      code: section.code.trim(), title: section.title, maxPoints: number(section.maxPoints), items: section.items.map(itemFromForm),
    })),
  };
}
