import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerDetail } from '../../../../modules/catalogue/contract.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { categoryName } from '../shared/catalogue-data.ts';
import { ExpiryNote } from '../shared/ExpiryNote.tsx';
import { RowLinks } from '../shared/RowLinks.tsx';
import { StarRating } from '../shared/StarRating.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';

type ProducerProduct = ProducerDetail['products'][number];

/** The producer's products, each linked to its edit page, and a way to add one. */
export function ProducerProducts({ producer }: { producer: ProducerDetail }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const title = t('admin.producers.products', { count: producer.products.length });
  const columns: Column<ProducerProduct>[] = [
    {
      id: 'product',
      header: t('admin.products.columns.product'),
      cell: (product) => (
        <>
          <span className="cell-title">{pick(product.name)}</span>
          <span className="cell-sub">
            <code>{product.code}</code> · {categoryName(product.categoryCode, language)}
          </span>
        </>
      ),
    },
    { id: 'rating', header: t('admin.products.columns.rating'), cell: (product) => <StarRating stars={product.stars} /> },
    {
      id: 'status',
      header: t('admin.products.columns.status'),
      cell: (product) => (
        <>
          <StatusBadge status={product.certificateStatus} />
          <ExpiryNote status={product.certificateStatus} expiryDate={product.expiryDate} />
        </>
      ),
    },
    {
      id: 'actions',
      header: t('admin.products.columns.actions'),
      cell: (product) => (
        <RowLinks
          edit={{ to: `/admin/catalogue/products/${product.id}`, label: t('admin.products.editProduct', { name: pick(product.name) }) }}
          view={{ to: `/catalogue/products/${product.id}`, label: t('admin.products.viewProduct', { name: pick(product.name) }) }}
        />
      ),
    },
  ];
  return (
    <section aria-labelledby="producer-products-title" className="producer-products">
      <div className="page-heading">
        <h2 id="producer-products-title">{title}</h2>
        <Link className="button button--primary" to={`/admin/catalogue/products/new?producer=${producer.id}`}>
          {t('admin.products.new')}
        </Link>
      </div>
      {producer.products.length === 0 ? (
        <p>{t('catalogue.producer.noProducts')}</p>
      ) : (
        <DataTable caption={title} columns={columns} rows={producer.products} rowKey={(product) => product.id} />
      )}
    </section>
  );
}
