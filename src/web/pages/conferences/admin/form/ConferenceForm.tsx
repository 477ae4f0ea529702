import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Conference, ConferenceInput, ConferenceUpdate } from '../../../../../modules/trade/contract.ts';
import { LocalizedFields, SubmitButton, TextField } from '../../../../kit/form/fields.tsx';
import { KitForm } from '../../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';
import { DateField } from './DayTimeFields.tsx';
import { conferenceBody, conferenceValues, type ConferenceValues } from './conference-values.ts';
import { ProgrammeFields, SessionsFields } from './ConferenceLists.tsx';
import '../conferences-admin.css';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A conference's record: a new draft (`conference` null, with its address name) or a change to
 * one. Names, venue, dates, windows, tables, B2B sessions and the plenary programme; the server's
 * refusals (dates, overlapping sessions, sessions under booked meetings) land on their fields.
 */
export function ConferenceForm({ conference, onSaved }: { conference: Conference | null; onSaved(slug: string): void }) {
  const { t } = useTranslation();
  const form = useForm<ConferenceValues>({ defaultValues: conferenceValues(conference) });
  const create = useApiMutation<{ id: string; slug: string }, ConferenceInput>({ path: '/api/conferences', invalidates: ['/api/conferences'] });
  const update = useApiMutation<void, ConferenceUpdate>({ method: 'PATCH', path: `/api/conferences/${conference?.slug ?? ''}`, invalidates: ['/api/conferences'] });
  return (
    <KitForm
      form={form}
      className="form conference-form"
      aria-labelledby="page-title"
      onSubmit={async (values) => {
        const body = conferenceBody(values);
        if (!conference) return (await create.mutateAsync({ ...body, slug: values.slug.trim() })).slug;
        await update.mutateAsync(body);
        return conference.slug;
      }}
      onSaved={(slug) => onSaved(slug)}
      successMessage={t('admin.saved')}
      codeFields={{ conflict: 'slug', bad_dates: 'endsOn', bad_window: 'registrationClosesOn', bad_sessions: 'sessions.0.day', sessions_in_use: 'sessions.0.slots' }}
    >
      {!conference && (
        <TextField id="conference-slug" name="slug" label={t('conferences.form.slug')} hint={t('conferences.form.slugHint')} required minLength={3} maxLength={80}
          validate={(value) => SLUG.test(String(value ?? '')) || t('conferences.form.badSlug')} />
      )}
      <LocalizedFields id="conference-name" name="name" legend={t('conferences.form.name')} required maxLength={300} />
      <LocalizedFields id="conference-description" name="description" legend={t('conferences.form.description')} rows={3} maxLength={5000} />
      <fieldset className="form-section">
        <legend>{t('conferences.form.place')}</legend>
        <LocalizedFields id="conference-venue" name="venue" legend={t('conferences.form.venue')} required maxLength={300} />
        <TextField id="conference-address" name="venueAddress" label={t('conferences.form.venueAddress')} maxLength={500} />
        <div className="form-grid">
          <DateField id="conference-starts" name="startsOn" label={t('conferences.form.startsOn')} required />
          <DateField id="conference-ends" name="endsOn" label={t('conferences.form.endsOn')} required
            notBefore={{ value: () => form.getValues('startsOn'), problem: t('conferences.form.endsBeforeStart') }} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('conferences.form.windows')}</legend>
        <div className="form-grid">
          <DateField id="conference-registration-opens" name="registrationOpensOn" label={t('conferences.form.registrationOpensOn')} />
          <DateField id="conference-registration-closes" name="registrationClosesOn" label={t('conferences.form.registrationClosesOn')}
            notBefore={{ value: () => form.getValues('registrationOpensOn'), problem: t('conferences.form.closesBeforeOpen') }} />
          <DateField id="conference-requests-close" name="requestsCloseOn" label={t('conferences.form.requestsCloseOn')} />
          <TextField id="conference-expiry" name="requestExpiryHours" type="number" inputMode="numeric" label={t('conferences.form.requestExpiryHours')}
            hint={t('conferences.form.requestExpiryHint')} required min={1} max={720} />
          <TextField id="conference-pool" name="poolTables" type="number" inputMode="numeric" label={t('conferences.form.poolTables')}
            hint={t('conferences.form.poolTablesHint')} min={0} max={500} />
        </div>
      </fieldset>
      <SessionsFields />
      <ProgrammeFields />
      <p className="actions"><SubmitButton>{conference ? t('admin.save') : t('conferences.form.create')}</SubmitButton></p>
    </KitForm>
  );
}
