import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Conference, FrameworkAgreement, FrameworkAgreementInput, FrameworkAgreementList } from '../../../../modules/trade/contract.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { LocalizedFields, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { isoOrNull } from './form/conference-values.ts';
import { DateField } from './form/DayTimeFields.tsx';

interface Values { province: string; partnerProvince: string; title: { vi: string; en: string }; signedOn: string }
const empty = (): Values => ({ province: '', partnerProvince: '', title: { vi: '', en: '' }, signedOn: formatDate(clock.today()) });

function toBody(v: Values): FrameworkAgreementInput {
  const province = v.province.trim();
  return {
    ...(province ? { province } : {}),
    partnerProvince: v.partnerProvince.trim(),
    title: { vi: v.title.vi.trim(), en: v.title.en.trim() || v.title.vi.trim() },
    signedOn: isoOrNull(v.signedOn) ?? '',
  };
}

/**
 * Framework agreements (thỏa thuận khung) signed at the plenary between Hanoi's Department of
 * Industry and Trade and other provinces': the list the public page shows, and the form to record one.
 */
export function FrameworkAgreementsSection({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const path = `/api/conferences/${conference.slug}/framework-agreements`;
  const list = useApiQuery<FrameworkAgreementList>(path);
  const form = useForm<Values>({ defaultValues: empty() });
  const record = useApiMutation<{ id: string }, FrameworkAgreementInput>({ path, invalidates: [`/api/conferences/${conference.slug}`] });
  const columns: Column<FrameworkAgreement>[] = [
    { id: 'signed', header: t('conferences.frameworkForm.signedOn'), cell: (a) => formatDate(a.signedOn) },
    { id: 'provinces', header: t('conferences.frameworkForm.provinces'), cell: (a) => `${a.province} – ${a.partnerProvince}` },
    { id: 'title', header: t('conferences.frameworkForm.title'), cell: (a) => pick(a.title) },
  ];
  return (
    <section aria-labelledby="frameworks-title">
      <h2 id="frameworks-title">{t('conferences.frameworks')}</h2>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('conferences.frameworkForm.none')}>
        {(d) => <DataTable rows={d.items} columns={columns} rowKey={(a) => a.id} caption={t('conferences.frameworks')} />}
      </QueryView>
      <details className="conference-tools">
        <summary>{t('conferences.frameworkForm.new')}</summary>
        <KitForm form={form} guard={false} aria-label={t('conferences.frameworkForm.new')} successMessage={t('conferences.frameworkForm.recorded')}
          onSubmit={(v) => record.mutateAsync(toBody(v))} onSaved={() => form.reset(empty())} codeFields={{ same_province: 'partnerProvince' }}>
          <div className="form-grid">
            <TextField id="framework-province" name="province" label={t('conferences.frameworkForm.province')} hint={t('conferences.frameworkForm.provinceHint')} maxLength={100} />
            <TextField id="framework-partner" name="partnerProvince" label={t('conferences.frameworkForm.partnerProvince')} required maxLength={100} />
            <DateField id="framework-signed" name="signedOn" label={t('conferences.frameworkForm.signedOn')} required />
          </div>
          <LocalizedFields id="framework-title" name="title" legend={t('conferences.frameworkForm.title')} required requiredEn={false} maxLength={300} />
          <p className="actions"><SubmitButton>{t('conferences.frameworkForm.submit')}</SubmitButton></p>
        </KitForm>
      </details>
    </section>
  );
}
