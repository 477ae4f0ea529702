import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointDetail, StockItem, StockList } from '../../../../modules/outlets/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { SHELF_STATUS_LABELS } from '../shared/labels.ts';

/** The shelves: each line with its certificate status today (expired and revoked flagged), the OCOP share against the rule, labels to print. */
export function StockSection({ point }: { point: PointDetail }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const stock = useApiQuery<StockList>(`/api/outlets/points/${point.id}/stock`);
  const setQuantity = useApiMutation<void, { id: string; quantity: number }>({ method: 'PATCH', path: (v) => `/api/outlets/points/${point.id}/stock/${v.id}`, body: (v) => ({ quantity: v.quantity }) });
  const columns: Column<StockItem>[] = [
    { id: 'name', header: t('pointsOfSaleAdmin.stock.product'), cell: (i) => <>{pick(i.name)}{i.product && <div className="muted">{i.product.code} · {i.product.producer}</div>}</> },
    { id: 'status', header: t('pointsOfSaleAdmin.stock.certificate'), cell: (i) => (
      <>
        <span className={`cert-badge cert-badge--${i.certificateStatus}`}>{i.product?.stars ? `${i.product.stars}★ · ` : ''}{pick(SHELF_STATUS_LABELS[i.certificateStatus])}</span>
        {i.flagReason && <div className="pos-product__warning" role="note">{pick(i.flagReason)}</div>}
      </>
    ) },
    { id: 'ownership', header: t('pointsOfSaleAdmin.stock.ownership'), cell: (i) => (i.ownership === 'consigned' ? t('pointsOfSaleAdmin.stock.consigned') : t('pointsOfSaleAdmin.stock.bought')) },
    { id: 'price', header: t('pointsOfSaleAdmin.stock.price'), cell: (i) => formatVnd(i.priceVnd), className: 'num' },
    { id: 'quantity', header: t('pointsOfSaleAdmin.stock.quantity'), className: 'num', cell: (i) => (
      <input aria-label={t('pointsOfSaleAdmin.stock.quantityOf', { name: pick(i.name) })} type="number" min={0} defaultValue={i.quantity} style={{ width: '6rem' }}
        onBlur={(e) => { const quantity = Number(e.target.value); if (Number.isInteger(quantity) && quantity >= 0 && quantity !== i.quantity) setQuantity.mutate({ id: i.id, quantity }); }} />
    ) },
  ];
  return (
    <section aria-labelledby="stock-title">
      <h2 id="stock-title">{t('pointsOfSaleAdmin.stock.title')}</h2>
      <QueryView query={stock}>
        {(data) => (
          <>
            <p data-testid="ocop-share">
              {data.share.percent === null ? t('pointsOfSaleAdmin.stock.noShare') : t('pointsOfSaleAdmin.stock.share', { percent: String(data.share.percent), lines: data.share.lines, minimum: data.share.minimumPercent ?? '–' })}
              {data.share.meetsRule === false && <strong className="pos-product__warning"> · {t('pointsOfSaleAdmin.stock.underRule')}</strong>}
              {data.flagged > 0 && <strong className="pos-product__warning"> · {t('pointsOfSaleAdmin.stock.flagged', { count: data.flagged })}</strong>}
            </p>
            <p><a className="button" href={`/api/outlets/points/${point.id}/shelf-labels`} target="_blank" rel="noreferrer">{t('pointsOfSaleAdmin.stock.labels')}</a></p>
            {setQuantity.error && <p role="alert">{errorMessage(t, setQuantity.error)}</p>}
            <DataTable caption={t('pointsOfSaleAdmin.stock.title')} columns={columns} rows={data.items} rowKey={(i) => i.id} />
            <AddOther pointId={point.id} />
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Adds a product by its catalogue code or another eligible product by name. */
function AddOther({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [price, setPrice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useApiMutation<{ id: string }, Record<string, unknown>>({ path: `/api/outlets/points/${pointId}/stock` });
  const lookup = async () => {
    const response = await fetch(`/api/verify/${encodeURIComponent(code.trim())}`, { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    return ((await response.json()) as { product: { id: string } }).product.id;
  };
  return (
    <form className="form-inline" onSubmit={async (e) => {
      e.preventDefault();
      setError(null);
      const productId = await lookup();
      if (!productId) { setError(t('pointsOfSaleAdmin.stock.unknownCode')); return; }
      add.mutate({ productId, quantity: Number(quantity), priceVnd: Number(price), ownership: 'consigned' }, { onError: (err) => setError(errorMessage(t, err)), onSuccess: () => setCode('') });
    }}>
      <h3>{t('pointsOfSaleAdmin.stock.add')}</h3>
      <label htmlFor="stock-code">{t('pointsOfSaleAdmin.stock.code')}</label>
      <input id="stock-code" value={code} onChange={(e) => setCode(e.target.value)} required />
      <label htmlFor="stock-quantity">{t('pointsOfSaleAdmin.stock.quantity')}</label>
      <input id="stock-quantity" type="number" min={0} value={quantity} onChange={(e) => setQuantity(e.target.value)} required />
      <label htmlFor="stock-price">{t('pointsOfSaleAdmin.stock.price')}</label>
      <input id="stock-price" type="number" min={0} value={price} onChange={(e) => setPrice(e.target.value)} required />
      <button className="button button--primary" type="submit" disabled={add.isPending}>{t('pointsOfSaleAdmin.stock.addButton')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
