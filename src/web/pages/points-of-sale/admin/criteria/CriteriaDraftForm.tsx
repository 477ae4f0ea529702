import { useEffect } from 'react';
import { useFieldArray, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CriteriaDefinition } from '../../../../../modules/outlets/contract.ts';
import { POINT_KIND_LABELS, POINT_KINDS } from '../../../../../modules/outlets/domain/point-kinds.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import { LocalizedFields, SelectField, SubmitButton, TextField } from '../../../../kit/form/fields.tsx';
import { KitForm } from '../../../../kit/form/KitForm.tsx';
import { CriteriaItemFields } from './CriteriaItemFields.tsx';
import { emptyItem, emptySection, fromCriteriaForm, toCriteriaForm, type CriteriaFormValues } from './criteria-form-values.ts';

const NUMBER = { type: 'text', inputMode: 'decimal' } as const;

/**
 * A draft's definition as a form: title, scoring and pass mark, the local rules, and every
 * section with its items. The server checks it on save (codes unique, points adding up, rules
 * set) and its refusal shows on the field it names, or above the form.
 */
export function CriteriaDraftForm({ definition, onSave, onDirtyChange }: { definition: CriteriaDefinition; onSave(definition: CriteriaDefinition): Promise<void>; onDirtyChange(dirty: boolean): void }) {
  const { t } = useTranslation();
  const form = useForm<CriteriaFormValues>({ defaultValues: toCriteriaForm(definition) });
  const { isDirty } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  return (
    <KitForm form={form} className="form criteria-form" aria-label={t('pointsOfSaleAdmin.criteria.form.title')} successMessage={t('admin.saved')}
      onSubmit={(values) => onSave(fromCriteriaForm(values))} onSaved={(_, values) => form.reset(values)}>
      <LocalizedFields name="definition.title" legend={t('pointsOfSaleAdmin.criteria.form.setTitle')} required maxLength={300} />
      <ScoringFields />
      <LocalRuleFields />
      <SectionList />
      <p className="actions"><SubmitButton>{t('pointsOfSaleAdmin.criteria.saveDraft')}</SubmitButton></p>
    </KitForm>
  );
}

function ScoringFields() {
  const { t } = useTranslation();
  const kind = useWatch<CriteriaFormValues, 'definition.scoring.kind'>({ name: 'definition.scoring.kind' });
  return (
    <fieldset className="form-section">
      <legend>{t('pointsOfSaleAdmin.criteria.form.scoring')}</legend>
      <div className="form-grid">
        <SelectField name="definition.scoring.kind" label={t('pointsOfSaleAdmin.criteria.form.scoringKind')}
          options={[{ value: 'checklist', label: t('pointsOfSaleAdmin.criteria.form.checklist') }, { value: 'points', label: t('pointsOfSaleAdmin.criteria.form.scorecard') }]} />
        {kind === 'points' && (
          <>
            <TextField name="definition.scoring.maxPoints" {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.maxPoints')} required />
            <TextField name="definition.scoring.passMark" {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.passMark')} required />
          </>
        )}
      </div>
    </fieldset>
  );
}

/** Hanoi's numeric rules that items can take their threshold from (minimum area by kind, OCOP share). */
function LocalRuleFields() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <fieldset className="form-section">
      <legend>{t('pointsOfSaleAdmin.criteria.form.localRules')}</legend>
      <p className="field__hint">{t('pointsOfSaleAdmin.criteria.form.localRulesHint')}</p>
      <div className="form-grid">
        <TextField name="definition.localRules.minOcopSharePercent" {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.minOcopShare')} />
        {POINT_KINDS.map((kind) => (
          <TextField key={kind} name={`definition.localRules.minAreaM2ByKind.${kind}`} {...NUMBER}
            label={t('pointsOfSaleAdmin.criteria.form.minArea', { kind: pick(POINT_KIND_LABELS[kind]) })} />
        ))}
      </div>
    </fieldset>
  );
}

function SectionList() {
  const { t } = useTranslation();
  const { control } = useFormContext<CriteriaFormValues>();
  const sections = useFieldArray({ control, name: 'definition.sections' });
  return (
    <>
      {sections.fields.map((field, index) => (
        <SectionFields key={field.id} index={index} onRemove={sections.fields.length > 1 ? () => sections.remove(index) : undefined} />
      ))}
      <p className="actions">
        <button type="button" className="button" onClick={() => sections.append(emptySection(`S${sections.fields.length + 1}`))}>{t('pointsOfSaleAdmin.criteria.form.addSection')}</button>
      </p>
    </>
  );
}

/** A section (phần) and its items, folded away but for its title until opened. */
function SectionFields({ index, onRemove }: { index: number; onRemove?(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { control } = useFormContext<CriteriaFormValues>();
  const name = `definition.sections.${index}` as const;
  const items = useFieldArray({ control, name: `${name}.items` });
  const [code, title, scoring] = useWatch<CriteriaFormValues, [`${typeof name}.code`, `${typeof name}.title`, 'definition.scoring.kind']>({ name: [`${name}.code`, `${name}.title`, 'definition.scoring.kind'] });
  const scorecard = scoring === 'points';
  return (
    <details className="card criteria-section" open={index === 0}>
      <summary>{t('pointsOfSaleAdmin.criteria.form.section', { code, title: pick(title), items: items.fields.length })}</summary>
      <div className="form-grid">
        <TextField name={`${name}.code`} label={t('pointsOfSaleAdmin.criteria.form.code')} required maxLength={20} />
        {scorecard && <TextField name={`${name}.maxPoints`} {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.sectionPoints')} />}
      </div>
      <LocalizedFields name={`${name}.title`} legend={t('pointsOfSaleAdmin.criteria.form.sectionTitle')} required maxLength={300} />
      {items.fields.map((field, itemIndex) => (
        <CriteriaItemFields key={field.id} sectionIndex={index} index={itemIndex} scorecard={scorecard}
          onRemove={items.fields.length > 1 ? () => items.remove(itemIndex) : undefined} />
      ))}
      <p className="actions">
        <button type="button" className="button" onClick={() => items.append(emptyItem(`${code}.${items.fields.length + 1}`))}>{t('pointsOfSaleAdmin.criteria.form.addItem')}</button>
        {onRemove && <button type="button" className="button button--secondary" onClick={onRemove}>{t('pointsOfSaleAdmin.criteria.form.removeSection', { code })}</button>}
      </p>
    </details>
  );
}
