import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../kit/form/fields.tsx';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The ceremony's programme (chương trình buổi lễ): one line a part, at a time of day, in vi and en. */
export function OpeningProgrammeFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<{ programme: { at: string; title: { vi: string; en: string } }[] }>();
  const items = useFieldArray({ control, name: 'programme' });
  const timeRule = (value: unknown) => TIME.test(String(value ?? '').trim()) || t('pointsOfSaleAdmin.opening.badTime');
  return (
    <fieldset className="form-section">
      <legend>{t('pointsOfSaleAdmin.opening.programme')}</legend>
      {items.fields.length === 0 && <p className="muted">{t('pointsOfSaleAdmin.opening.noProgramme')}</p>}
      {items.fields.map((field, index) => (
        <fieldset key={field.id} className="form-section" data-testid="opening-programme-item">
          <legend>{t('pointsOfSaleAdmin.opening.part', { number: index + 1 })}</legend>
          <div className="form-grid">
          <TextField id={`opening-programme-${index}-at`} name={`programme.${index}.at`} label={t('pointsOfSaleAdmin.opening.at')} placeholder="09:00" inputMode="numeric" required validate={timeRule} />
          <TextField id={`opening-programme-${index}-vi`} name={`programme.${index}.title.vi`} lang="vi" label={t('pointsOfSaleAdmin.opening.partVi')} required maxLength={300} />
          <TextField id={`opening-programme-${index}-en`} name={`programme.${index}.title.en`} lang="en" label={t('pointsOfSaleAdmin.opening.partEn')} maxLength={300} />
          </div>
          <p className="actions">
            <button type="button" className="button button--secondary" onClick={() => items.remove(index)}>{t('pointsOfSaleAdmin.opening.removePart', { number: index + 1 })}</button>
          </p>
        </fieldset>
      ))}
      <p className="actions">
        <button type="button" className="button" onClick={() => items.append({ at: '', title: { vi: '', en: '' } })}>{t('pointsOfSaleAdmin.opening.addPart')}</button>
      </p>
    </fieldset>
  );
}
