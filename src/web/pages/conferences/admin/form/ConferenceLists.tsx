import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LocalizedFields, TextField } from '../../../../kit/form/fields.tsx';
import { DateField, TimeField } from './DayTimeFields.tsx';
import { NEW_PROGRAMME_ITEM, NEW_SESSION, type ConferenceValues } from './conference-values.ts';

/** The B2B sessions: a day, a start, the slot length and how many slots. */
export function SessionsFields() {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<ConferenceValues>();
  const rows = useFieldArray({ control, name: 'sessions' });
  return (
    <fieldset className="form-section">
      <legend>{t('conferences.form.sessions')}</legend>
      <p className="field__hint">{t('conferences.form.sessionsHint')}</p>
      {rows.fields.map((field, i) => (
        <div key={field.id} className="conference-form__row">
          <h3 className="conference-form__row-title">{t('conferences.form.session', { n: i + 1 })}</h3>
          <div className="form-grid">
            <DateField id={`session-${i}-day`} name={`sessions.${i}.day`} label={t('conferences.form.day')} required />
            <TimeField id={`session-${i}-start`} name={`sessions.${i}.startsAt`} label={t('conferences.form.startsAt')} />
            <TextField id={`session-${i}-minutes`} name={`sessions.${i}.slotMinutes`} type="number" inputMode="numeric" label={t('conferences.form.slotMinutes')} required min={5} max={120} />
            <TextField id={`session-${i}-slots`} name={`sessions.${i}.slots`} type="number" inputMode="numeric" label={t('conferences.form.slots')} required min={1} max={48} />
          </div>
          <button type="button" className="button" onClick={() => rows.remove(i)}>{t('conferences.form.removeSession', { n: i + 1 })}</button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => rows.append({ ...NEW_SESSION, day: getValues('startsOn') })}>{t('conferences.form.addSession')}</button>
    </fieldset>
  );
}

/** The plenary programme: a day, a start and an end, a title in both languages. */
export function ProgrammeFields() {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<ConferenceValues>();
  const rows = useFieldArray({ control, name: 'programme' });
  return (
    <fieldset className="form-section">
      <legend>{t('conferences.form.programme')}</legend>
      {rows.fields.map((field, i) => (
        <div key={field.id} className="conference-form__row">
          <h3 className="conference-form__row-title">{t('conferences.form.programmeItem', { n: i + 1 })}</h3>
          <div className="form-grid">
            <DateField id={`programme-${i}-day`} name={`programme.${i}.day`} label={t('conferences.form.day')} required />
            <TimeField id={`programme-${i}-start`} name={`programme.${i}.startsAt`} label={t('conferences.form.startsAt')} />
            <TimeField id={`programme-${i}-end`} name={`programme.${i}.endsAt`} label={t('conferences.form.endsAt')}
              after={{ value: () => getValues(`programme.${i}.startsAt`), problem: t('conferences.form.endsBeforeStart') }} />
          </div>
          <LocalizedFields id={`programme-${i}-title`} name={`programme.${i}.title`} legend={t('conferences.form.programmeTitle')} required maxLength={300} />
          <button type="button" className="button" onClick={() => rows.remove(i)}>{t('conferences.form.removeProgrammeItem', { n: i + 1 })}</button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => rows.append({ ...NEW_PROGRAMME_ITEM, day: getValues('startsOn') })}>{t('conferences.form.addProgrammeItem')}</button>
    </fieldset>
  );
}
