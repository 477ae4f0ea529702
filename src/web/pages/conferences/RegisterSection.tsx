import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../modules/accounts/contract.ts';
import type { ProducerDetail } from '../../../modules/catalogue/contract.ts';
import type { BuyerEntryInput, Conference, Participants, ProducerEntryInput } from '../../../modules/trade/contract.ts';
import { TABLE_MODES } from '../../../modules/trade/domain/values.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { SelectField, SubmitButton } from '../../kit/form/fields.tsx';
import { KitForm } from '../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';

interface Values { productIds: string[]; slots: string[]; tableMode: string }

/**
 * A producer or a buyer registers for the conference from its page while registration is open
 * (đăng ký tham gia): a producer with the products it brings, a buyer with its table; both with
 * the trading slots they attend (all by default). Once registered, the page says so and leads
 * to the workspace.
 */
export function RegisterSection({ conference, participants, user }: { conference: Conference; participants: Participants | undefined; user: CurrentUser }) {
  const { t } = useTranslation();
  const asProducer = user.role === 'producer' && user.producerId !== null;
  const registered = asProducer
    ? participants?.producers.some((p) => p.producerId === user.producerId)
    : participants?.buyers.some((b) => b.organisation.id === user.buyerOrganisationId);
  // A producer chooses among its own products: the form waits for them, so it is never sent without.
  const producer = useApiQuery<ProducerDetail>(asProducer && user.producerId ? `/api/producers/${user.producerId}` : null);
  const products = asProducer ? producer.data?.products : [];
  if (!participants || !products) return null;
  return (
    <section aria-labelledby="register-title" className="card">
      <h2 id="register-title">{t('conferences.register.title')}</h2>
      {registered ? (
        <p role="status">{t('conferences.register.done')} <Link to={`/conferences/${conference.slug}/workspace`}>{t('conferences.openWorkspace')}</Link></p>
      ) : conference.status !== 'registration' ? (
        <p className="muted">{t('conferences.register.closed')}</p>
      ) : (
        <RegisterForm conference={conference} asProducer={asProducer} products={products} />
      )}
    </section>
  );
}

function RegisterForm({ conference, asProducer, products }: { conference: Conference; asProducer: boolean; products: ProducerDetail['products'] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const base = `/api/conferences/${conference.slug}`;
  const form = useForm<Values>({ defaultValues: { productIds: [], slots: conference.slots.map((s) => String(s.slot)), tableMode: 'own' } });
  const register = useApiMutation<unknown, ProducerEntryInput | BuyerEntryInput>({ path: `${base}/${asProducer ? 'producers' : 'buyers'}`, invalidates: [base] });
  const toBody = (v: Values): ProducerEntryInput | BuyerEntryInput => {
    const available = v.slots.map(Number).sort((a, b) => a - b);
    return asProducer ? { productIds: v.productIds, available } : { tableMode: v.tableMode as BuyerEntryInput['tableMode'], available };
  };
  return (
    <KitForm form={form} guard={false} aria-labelledby="register-title" onSubmit={(v) => register.mutateAsync(toBody(v))} successMessage={t('conferences.register.done')}
      codeFields={{ wrong_stage: 'slots' }} apiFields={{ available: 'slots' }}>
      {asProducer && (
        <fieldset className="form-section">
          <legend>{t('conferences.register.products')}</legend>
          {products.length === 0 && <p className="muted">{t('conferences.register.noProducts')}</p>}
          {products.map((p) => (
            <div key={p.id} className="checkbox-field">
              <input type="checkbox" id={`register-product-${p.id}`} value={p.id}
                {...form.register('productIds', { validate: (ids) => ids.length > 0 || t('conferences.register.chooseProduct') })} />
              <label htmlFor={`register-product-${p.id}`}>{pick(p.name)}{p.stars ? ` · ${'★'.repeat(p.stars)}` : ''}</label>
            </div>
          ))}
          {form.formState.errors.productIds && <p className="field__error" role="alert">{form.formState.errors.productIds.message}</p>}
        </fieldset>
      )}
      {!asProducer && (
        <SelectField id="register-table" name="tableMode" label={t('conferences.register.table')}
          options={TABLE_MODES.map((mode) => ({ value: mode, label: t(`conferences.register.tableModes.${mode}`) }))} />
      )}
      <fieldset className="form-section">
        <legend>{t('conferences.register.slots')}</legend>
        {conference.slots.map((s) => (
          <div key={s.slot} className="checkbox-field">
            <input type="checkbox" id={`register-slot-${s.slot}`} value={String(s.slot)}
              {...form.register('slots', { validate: (slots) => slots.length > 0 || t('conferences.register.chooseSlot') })} />
            <label htmlFor={`register-slot-${s.slot}`}>{t('conferences.register.slot', { number: s.slot + 1, day: formatDate(s.day), from: s.startsAt, to: s.endsAt })}</label>
          </div>
        ))}
        {form.formState.errors.slots && <p className="field__error" role="alert">{form.formState.errors.slots.message}</p>}
      </fieldset>
      <p className="actions"><SubmitButton>{t('conferences.register.submit')}</SubmitButton></p>
    </KitForm>
  );
}
