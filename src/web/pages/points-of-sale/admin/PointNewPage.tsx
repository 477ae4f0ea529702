import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { PointForm } from './PointForm.tsx';
import '../points-of-sale.css';

/** `/admin/points-of-sale/new`: a new candidate point; its record opens after saving. */
export default function PointNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('pointsOfSaleAdmin.form.newTitle'));
  return (
    <section className="page" aria-labelledby="point-form-title">
      <p><Link to="/admin/points-of-sale">← {t('pointsOfSaleAdmin.title')}</Link></p>
      <PointForm point={null} onSaved={(slug) => navigate(`/admin/points-of-sale/${slug}`)} />
    </section>
  );
}
