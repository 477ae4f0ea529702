import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AgreementInput, Participants } from '../../../../modules/trade/contract.ts';
import { AGREEMENT_KINDS, FOLLOW_UP_STATUSES } from '../../../../modules/trade/domain/values.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { parseAmount } from '../../fairs/shared/fair-data.ts';
import { isoOrNull } from './form/conference-values.ts';
import { DateField } from './form/DayTimeFields.tsx';

interface Values {
  producerId: string; buyerOrganisationId: string; kind: string; productIds: string[]; volume: string; valueVnd: string;
  signedOn: string; followUpStatus: string; followUpOn: string; note: string;
}
const empty = (today: string): Values => ({
  producerId: '', buyerOrganisationId: '', kind: 'mou', productIds: [], volume: '', valueVnd: '', signedOn: formatDate(today), followUpStatus: 'signed', followUpOn: '', note: '',
});

function toBody(v: Values): AgreementInput {
  return {
    producerId: v.producerId, buyerOrganisationId: v.buyerOrganisationId, kind: v.kind as AgreementInput['kind'], productIds: v.productIds,
    volume: v.volume.trim(), valueVnd: parseAmount(v.valueVnd) ?? 0, signedOn: isoOrNull(v.signedOn) ?? '', followUpStatus: v.followUpStatus as AgreementInput['followUpStatus'],
    followUpOn: isoOrNull(v.followUpOn), note: v.note.trim(),
  };
}

/**
 * Records an MOU or a contract between a producer and a buyer of the conference: the products it
 * covers (from those the producer brings), volume, value in VND, the day signed and its follow-up.
 */
export function AgreementForm({ base, participants, today }: { base: string; participants: Participants; today: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const form = useForm<Values>({ defaultValues: empty(today) });
  const record = useApiMutation<{ id: string }, AgreementInput>({ path: `${base}/agreements`, invalidates: [base] });
  const producerId = form.watch('producerId');
  const products = participants.producers.find((p) => p.producerId === producerId)?.products ?? [];
  return (
    <KitForm
      form={form}
      guard={false}
      aria-label={t('conferences.agreements.new')}
      onSubmit={(v) => record.mutateAsync(toBody(v))}
      onSaved={() => form.reset(empty(today))}
      successMessage={t('conferences.agreements.recorded')}
      codeFields={{ not_participants: 'buyerOrganisationId', foreign_products: 'producerId' }}
    >
      <div className="form-grid">
        <SelectField id="agreement-producer" name="producerId" label={t('conferences.workspace.producer')} required placeholder={t('conferences.form.choose')}
          options={participants.producers.map((p) => ({ value: p.producerId, label: p.name }))} />
        <SelectField id="agreement-buyer" name="buyerOrganisationId" label={t('conferences.workspace.buyer')} required placeholder={t('conferences.form.choose')}
          options={participants.buyers.map((b) => ({ value: b.organisation.id, label: b.organisation.name }))} />
        <SelectField id="agreement-kind" name="kind" label={t('conferences.agreements.kind')} required options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`conferences.agreementKind.${k}`) }))} />
        <TextField id="agreement-value" name="valueVnd" label={t('conferences.agreements.value')} inputMode="numeric" placeholder="150.000.000" required
          validate={(value) => parseAmount(String(value ?? '')) !== null || t('conferences.agreements.badValue')} />
        <TextField id="agreement-volume" name="volume" label={t('conferences.agreements.volume')} maxLength={300} placeholder={t('conferences.agreements.volumeExample')} />
        <DateField id="agreement-signed" name="signedOn" label={t('conferences.agreements.signedOn')} required />
        <SelectField id="agreement-follow-up" name="followUpStatus" label={t('conferences.agreements.followUp')} required
          options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`conferences.followUp.${s}`) }))} />
        <DateField id="agreement-follow-up-on" name="followUpOn" label={t('conferences.agreements.followUpOn')} />
      </div>
      {products.length > 0 && (
        <fieldset className="form-section">
          <legend>{t('conferences.agreements.products')}</legend>
          {products.map((p) => (
            <div key={p.id} className="checkbox-field">
              <input type="checkbox" id={`agreement-product-${p.id}`} value={p.id} {...form.register('productIds')} />
              <label htmlFor={`agreement-product-${p.id}`}>{pick(p.name)}{p.stars ? ` · ${'★'.repeat(p.stars)}` : ''}</label>
            </div>
          ))}
        </fieldset>
      )}
      <TextField id="agreement-note" name="note" rows={2} label={t('conferences.agreements.note')} maxLength={2000} />
      <p className="actions"><SubmitButton>{t('conferences.agreements.submit')}</SubmitButton></p>
    </KitForm>
  );
}
