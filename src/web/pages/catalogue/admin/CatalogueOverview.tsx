import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductCertificateStatus, ProductList } from '../../../../modules/catalogue/contract.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';

function StatusCount({ status }: { status: ProductCertificateStatus }) {
  const { t } = useTranslation();
  const count = useApiQuery<ProductList>('/api/products', { status, pageSize: 1 });
  return (
    <li className="stat-card" data-status={status}>
      <StatusBadge status={status} />
      <Link className="stat-card__number" to={`/admin/catalogue/products?status=${status}`} aria-label={t('dashboard.catalogue.countLabel', { count: count.data?.total ?? 0, status: t(`certificate.status.${status}`) })}>
        {count.data ? count.data.total.toLocaleString('vi-VN') : '…'}
      </Link>
    </li>
  );
}

/** The staff dashboard's view of the catalogue: products by certificate status, and what to do next. */
export function CatalogueOverview() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="catalogue-overview" className="catalogue-overview">
      <h2 id="catalogue-overview">{t('dashboard.catalogue.title')}</h2>
      <ul className="stat-grid">
        <StatusCount status="valid" />
        <StatusCount status="expiring" />
        <StatusCount status="expired" />
        <StatusCount status="revoked" />
        <StatusCount status="none" />
      </ul>
      <p className="actions">
        <Link className="button button--primary" to="/admin/catalogue/expiring">
          {t('dashboard.catalogue.expiring')}
        </Link>
        <Link className="button button--secondary" to="/admin/catalogue/import">
          {t('dashboard.catalogue.import')}
        </Link>
        <Link className="button button--secondary" to="/admin/catalogue/products/new">
          {t('admin.products.new')}
        </Link>
      </p>
    </section>
  );
}

export default CatalogueOverview;
