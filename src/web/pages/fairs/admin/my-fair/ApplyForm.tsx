import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductList } from '../../../../../modules/catalogue/contract.ts';
import type { ApplicationInput, Fair } from '../../../../../modules/fairs/contract.ts';
import { EXHIBITOR_ZONES, ZONE_LABELS } from '../../../../../modules/fairs/zones.ts';
import type { ApiError } from '../../../../api/client.ts';
import { formatDate } from '../../../../format.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import { QueryView } from '../../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../../kit/query/useApiQuery.ts';
import { ApplyRefusal } from './ApplyRefusal.tsx';
import { ProductChoices } from './ProductChoices.tsx';

/** A producer's application: eligible products, one or two stalls, zone, power and water. */
export function ApplyForm({ fair, producerId }: { fair: Fair; producerId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const products = useApiQuery<ProductList>('/api/products', { producer: producerId, pageSize: 100 });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [stallCount, setStallCount] = useState(1);
  const [zone, setZone] = useState('');
  const [needsPower, setNeedsPower] = useState(false);
  const [needsWater, setNeedsWater] = useState(false);
  const [note, setNote] = useState('');
  const [missingProducts, setMissingProducts] = useState(false);
  const apply = useApiMutation<{ id: string }, ApplicationInput>({ path: `/api/fairs/${fair.slug}/applications`, invalidates: [`/api/fairs/${fair.slug}`] });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissingProducts(chosen.size === 0);
    if (chosen.size === 0) return;
    apply.reset();
    apply.mutate({
      stallCount,
      productIds: [...chosen],
      preferredZone: zone ? (zone as ApplicationInput['preferredZone']) : null,
      needsPower,
      needsWater,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  const maxStalls = Math.min(2, fair.maxStallsPerProducer);
  return (
    <form className="form apply-form" onSubmit={submit} aria-label={t('myFairs.apply.title')}>
      <h2>{t('myFairs.apply.title')}</h2>
      <fieldset className="form-section">
        <legend>{t('myFairs.apply.products')}</legend>
        <p className="field__hint">{t('myFairs.apply.productsHint', { stars: fair.minStars, to: formatDate(fair.endsOn) })}</p>
        <QueryView query={products} isEmpty={(list) => list.items.length === 0} empty={t('myFairs.apply.noProducts')}>
          {(list) => <ProductChoices fair={fair} products={list.items} chosen={chosen} onChange={setChosen} />}
        </QueryView>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('myFairs.apply.stalls')}</legend>
        <div className="radio-row">
          {[1, 2].map((n) => (
            <span key={n} className="checkbox-field">
              <input id={`stalls-${n}`} type="radio" name="stallCount" value={n} checked={stallCount === n} disabled={n > maxStalls} onChange={() => setStallCount(n)} />
              <label htmlFor={`stalls-${n}`}>{t('adminFairs.applications.stallCount', { count: n })}</label>
            </span>
          ))}
        </div>
        <p className="field__hint">{t('myFairs.apply.twoStallsHint')}</p>
        <div className="field">
          <label htmlFor="apply-zone">{t('myFairs.apply.zone')}</label>
          <select id="apply-zone" value={zone} onChange={(event) => setZone(event.target.value)}>
            <option value="">{t('adminFairs.applications.anyZone')}</option>
            {EXHIBITOR_ZONES.map((z) => (
              <option key={z} value={z}>
                {pick(ZONE_LABELS[z])}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox-field">
          <input id="apply-power" type="checkbox" checked={needsPower} onChange={(event) => setNeedsPower(event.target.checked)} />
          <label htmlFor="apply-power">{t('myFairs.apply.power')}</label>
        </div>
        <div className="checkbox-field">
          <input id="apply-water" type="checkbox" checked={needsWater} onChange={(event) => setNeedsWater(event.target.checked)} />
          <label htmlFor="apply-water">{t('myFairs.apply.water')}</label>
        </div>
        <div className="field">
          <label htmlFor="apply-note">{t('myFairs.apply.note')}</label>
          <textarea id="apply-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
      </fieldset>
      {missingProducts && (
        <p className="form-error" role="alert">
          {t('myFairs.apply.chooseProducts')}
        </p>
      )}
      {apply.error && <ApplyRefusal error={apply.error as ApiError} />}
      <button type="submit" className="button button--primary" disabled={apply.isPending}>
        {t('myFairs.apply.submit')}
      </button>
    </form>
  );
}
