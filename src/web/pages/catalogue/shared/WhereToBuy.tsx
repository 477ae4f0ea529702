import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WhereToBuy as WhereToBuyData } from '../../../../modules/catalogue/contract.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

/**
 * Where to buy the product today (mua ở đâu): the stalls of running fairs that show it and the
 * open points of sale with it on their shelves, each a link to its page (a stall's page shows it
 * on the plan). Says so plainly when nowhere has it today.
 */
export function WhereToBuy({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const places = useApiQuery<WhereToBuyData>(`/api/products/${encodeURIComponent(productId)}/where-to-buy`);
  return (
    <section aria-labelledby="where-to-buy">
      <h2 id="where-to-buy">{t('catalogue.product.whereToBuy.title')}</h2>
      <QueryView query={places} isEmpty={(d) => d.fairs.length + d.pointsOfSale.length === 0} empty={<p className="muted">{t('catalogue.product.whereToBuy.none')}</p>}>
        {(d) => (
          <ul className="where-to-buy">
            {d.fairs.map((f) => (
              <li key={`${f.fair.slug}/${f.stall.code}`}>
                <Link to={f.link}>{t('catalogue.product.whereToBuy.stall', { code: f.stall.code, fair: pick(f.fair.name) })}</Link>
                <span className="cell-sub">{t('catalogue.product.whereToBuy.until', { date: formatDate(f.fair.endsOn) })}</span>
              </li>
            ))}
            {d.pointsOfSale.map((p) => (
              <li key={p.slug}>
                <Link to={p.link}>{pick(p.name)}</Link>
                <span className="cell-sub">{[p.address, p.commune].filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
