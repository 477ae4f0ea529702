import { useEffect } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ANSWER_TYPES, LOCAL_RULES } from '../../../../../modules/outlets/criteria/definition.ts';
import { CheckboxField, LocalizedFields, SelectField, TextField } from '../../../../kit/form/fields.tsx';
import { emptyChoice, type CriteriaFormValues } from './criteria-form-values.ts';

const NUMBER = { type: 'text', inputMode: 'decimal' } as const;
const isNumber = (value: unknown) => String(value ?? '').trim() === '' || Number.isFinite(Number(String(value).replace(',', '.')));

/** One item (mục) of a section: what is asked, how it is answered, and how the answer is judged. */
export function CriteriaItemFields({ sectionIndex, index, scorecard, onRemove }: { sectionIndex: number; index: number; scorecard: boolean; onRemove?(): void }) {
  const { t } = useTranslation();
  const name = `definition.sections.${sectionIndex}.items.${index}` as const;
  const answer = useWatch<CriteriaFormValues, `${typeof name}.answer`>({ name: `${name}.answer` });
  const code = useWatch<CriteriaFormValues, `${typeof name}.code`>({ name: `${name}.code` });
  const numberRule = (value: unknown) => isNumber(value) || t('pointsOfSaleAdmin.criteria.form.notNumber');
  return (
    <fieldset className="form-section criteria-item" data-testid="criteria-item">
      <legend>{t('pointsOfSaleAdmin.criteria.form.item', { code })}</legend>
      <div className="form-grid">
        <TextField name={`${name}.code`} label={t('pointsOfSaleAdmin.criteria.form.code')} required maxLength={20} />
        <SelectField name={`${name}.answer`} label={t('pointsOfSaleAdmin.criteria.form.answer')}
          options={ANSWER_TYPES.map((type) => ({ value: type, label: t(`pointsOfSaleAdmin.criteria.form.answers.${type}`) }))} />
      </div>
      <LocalizedFields name={`${name}.text`} legend={t('pointsOfSaleAdmin.criteria.form.text')} required rows={2} maxLength={600} />
      <div className="form-grid">
        {answer !== 'note' && <CheckboxField name={`${name}.knockOut`} label={t('pointsOfSaleAdmin.criteria.form.knockOut')} hint={t('pointsOfSaleAdmin.criteria.form.knockOutHint')} />}
        {scorecard && answer !== 'note' && answer !== 'choice' && (
          <TextField name={`${name}.points`} {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.points')} validate={numberRule} />
        )}
        {answer === 'number' && (
          <>
            <TextField name={`${name}.min`} {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.min')} validate={numberRule} />
            <SelectField name={`${name}.rule`} label={t('pointsOfSaleAdmin.criteria.form.rule')} placeholder={t('pointsOfSaleAdmin.criteria.form.noRule')}
              options={LOCAL_RULES.map((rule) => ({ value: rule, label: t(`pointsOfSaleAdmin.criteria.form.rules.${rule}`) }))} />
          </>
        )}
      </div>
      {answer === 'number' && <LocalizedFields name={`${name}.unit`} legend={t('pointsOfSaleAdmin.criteria.form.unit')} maxLength={40} />}
      {answer === 'choice' && <ChoiceFields name={`${name}.choices`} scorecard={scorecard} />}
      {onRemove && (
        <p className="actions">
          <button type="button" className="button button--secondary" onClick={onRemove}>{t('pointsOfSaleAdmin.criteria.form.removeItem', { code })}</button>
        </p>
      )}
    </fieldset>
  );
}

/** The answers a choice item offers, each with its points and whether it fails a knock-out. */
function ChoiceFields({ name, scorecard }: { name: `definition.sections.${number}.items.${number}.choices`; scorecard: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CriteriaFormValues>();
  const choices = useFieldArray({ control, name });
  const { length } = choices.fields;
  const { append } = choices;
  // An item just turned into a choice starts with the two choices it needs at least.
  useEffect(() => {
    if (length === 0) append([emptyChoice('c1'), emptyChoice('c2')]);
  }, [length, append]);
  const numberRule = (value: unknown) => isNumber(value) || t('pointsOfSaleAdmin.criteria.form.notNumber');
  return (
    <fieldset className="form-section">
      <legend>{t('pointsOfSaleAdmin.criteria.form.choices')}</legend>
      {choices.fields.map((field, index) => (
        <div key={field.id} className="criteria-choice">
          <div className="form-grid">
            <TextField name={`${name}.${index}.value`} label={t('pointsOfSaleAdmin.criteria.form.choiceValue')} required maxLength={20} />
            {scorecard && <TextField name={`${name}.${index}.points`} {...NUMBER} label={t('pointsOfSaleAdmin.criteria.form.points')} validate={numberRule} />}
            <CheckboxField name={`${name}.${index}.fails`} label={t('pointsOfSaleAdmin.criteria.form.fails')} />
          </div>
          <LocalizedFields name={`${name}.${index}.label`} legend={t('pointsOfSaleAdmin.criteria.form.choiceLabel')} required maxLength={300} />
          {choices.fields.length > 2 && (
            <button type="button" className="button button--secondary" onClick={() => choices.remove(index)}>{t('pointsOfSaleAdmin.criteria.form.removeChoice')}</button>
          )}
        </div>
      ))}
      <button type="button" className="button" onClick={() => choices.append(emptyChoice(`c${choices.fields.length + 1}`))}>{t('pointsOfSaleAdmin.criteria.form.addChoice')}</button>
    </fieldset>
  );
}
