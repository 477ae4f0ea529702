import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { HoursExceptionInput, PointDetail } from '../../../../modules/outlets/contract.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { formatHours, parseHours } from '../shared/hours-input.ts';
import { hoursText } from '../shared/labels.ts';

interface Row { startsOn: string; endsOn: string; labelVi: string; labelEn: string; hours: string }
interface Values { exceptions: Row[] }

const rowOf = (e: PointDetail['hoursExceptions'][number]): Row => ({ startsOn: e.startsOn, endsOn: e.endsOn, labelVi: e.label.vi, labelEn: e.label.en, hours: formatHours(e.hours) });

function toBody(values: Values): { exceptions: HoursExceptionInput[] } {
  return {
    exceptions: values.exceptions.map((r) => ({
      startsOn: r.startsOn, endsOn: r.endsOn, hours: parseHours(r.hours) ?? [],
      label: { vi: r.labelVi.trim(), en: r.labelEn.trim() || r.labelVi.trim() },
    })),
  };
}

/**
 * Dated exceptions to the weekly hours (nghỉ Tết, ngày lễ): closed when the hours are left empty.
 * The public page's "open now" follows them.
 */
export function HoursExceptionsSection({ point, editable }: { point: PointDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const form = useForm<Values>({ defaultValues: { exceptions: point.hoursExceptions.map(rowOf) } });
  const rows = useFieldArray({ control: form.control, name: 'exceptions' });
  const save = useApiMutation<void, { exceptions: HoursExceptionInput[] }>({ method: 'PUT', path: `/api/outlets/points/${point.id}/hours-exceptions` });
  const hoursRule = (value: unknown) => parseHours(String(value ?? '')) !== null || t('pointsOfSaleAdmin.form.badHours');
  return (
    <section aria-labelledby="exceptions-title">
      <h2 id="exceptions-title">{t('pointsOfSaleAdmin.exceptions.title')}</h2>
      {!editable ? (
        point.hoursExceptions.length === 0 ? <p>{t('pointsOfSaleAdmin.exceptions.none')}</p> : (
          <ul>{point.hoursExceptions.map((e) => <li key={e.id}>{formatDate(e.startsOn)}–{formatDate(e.endsOn)}: {pick(e.label)} ({hoursText(e.hours, t('pointsOfSale.closed'))})</li>)}</ul>
        )
      ) : (
        <KitForm form={form} className="form" aria-labelledby="exceptions-title" successMessage={t('admin.saved')}
          onSubmit={(values) => save.mutateAsync(toBody(values))} codeFields={{ overlapping_exceptions: 'exceptions.0.startsOn', bad_dates: 'exceptions.0.endsOn', bad_hours: 'exceptions.0.hours' }}>
          <p className="field__hint">{t('pointsOfSaleAdmin.exceptions.hint')}</p>
          {rows.fields.length === 0 && <p>{t('pointsOfSaleAdmin.exceptions.none')}</p>}
          {rows.fields.map((field, index) => (
            <fieldset key={field.id} className="form-section" data-testid="hours-exception">
              <legend>{t('pointsOfSaleAdmin.exceptions.item', { number: index + 1 })}</legend>
              <div className="form-grid">
                <TextField id={`exc-${index}-starts`} name={`exceptions.${index}.startsOn`} type="date" label={t('pointsOfSaleAdmin.exceptions.startsOn')} required />
                <TextField id={`exc-${index}-ends`} name={`exceptions.${index}.endsOn`} type="date" label={t('pointsOfSaleAdmin.exceptions.endsOn')} required />
                <TextField id={`exc-${index}-vi`} name={`exceptions.${index}.labelVi`} label={t('pointsOfSaleAdmin.exceptions.labelVi')} required maxLength={200} />
                <TextField id={`exc-${index}-en`} name={`exceptions.${index}.labelEn`} label={t('pointsOfSaleAdmin.exceptions.labelEn')} maxLength={200} />
                <TextField id={`exc-${index}-hours`} name={`exceptions.${index}.hours`} label={t('pointsOfSaleAdmin.exceptions.hours')} hint={t('pointsOfSaleAdmin.exceptions.hoursHint')} validate={hoursRule} />
              </div>
              <button type="button" className="button button--secondary" onClick={() => rows.remove(index)}>{t('pointsOfSaleAdmin.exceptions.remove')}</button>
            </fieldset>
          ))}
          <p className="actions">
            <button type="button" className="button" onClick={() => rows.append({ startsOn: clock.today(), endsOn: clock.today(), labelVi: '', labelEn: '', hours: '' })}>{t('pointsOfSaleAdmin.exceptions.add')}</button>
            <SubmitButton>{t('pointsOfSaleAdmin.exceptions.save')}</SubmitButton>
          </p>
        </KitForm>
      )}
    </section>
  );
}
