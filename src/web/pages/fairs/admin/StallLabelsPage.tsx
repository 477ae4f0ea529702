import { useTranslation } from 'react-i18next';
import type { FloorPlan } from '../../../../modules/fairs/contract.ts';
import { ZONE_LABELS, type Zone } from '../../../../modules/fairs/zones.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FairAdminFrame } from './FairAdminFrame.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

/**
 * `/admin/fairs/:slug/stall-labels`: one printable QR label per exhibitor stall; a visitor scans
 * it to see who is at the stall and whether their products' OCOP marks are valid.
 */
export default function StallLabelsPage() {
  return <FairAdminFrame titleKey="adminFairs.stallLabels.title">{(fair) => <StallLabels slug={fair.slug} />}</FairAdminFrame>;
}

function StallLabels({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const plan = useApiGet<FloorPlan>(`/api/fairs/${encodeURIComponent(slug)}/floor-plan`);
  const stalls = (plan.data?.stalls ?? []).filter((s) => !s.blocked && s.zone !== 'stage' && s.zone !== 'service');
  if (!plan.data) {
    return (
      <Loading />
    );
  }
  return (
    <>
      <div className="no-print page-heading">
        <p className="lead">{t('adminFairs.stallLabels.intro', { count: stalls.length })}</p>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('labels.print')}
        </button>
      </div>
      <ul className="label-sheet" aria-label={t('adminFairs.stallLabels.title')}>
        {stalls.map((stall) => (
          <li key={stall.id} className="qr-label">
            <img className="qr-label__qr" src={`/api/fairs/${encodeURIComponent(slug)}/stalls/${encodeURIComponent(stall.code)}/qr`} alt={t('adminFairs.stallLabels.qrAlt', { code: stall.code })} />
            <div className="qr-label__text">
              <p className="qr-label__brand">{t('adminFairs.stallLabels.stall', { code: stall.code })}</p>
              <p className="qr-label__stars">{pick(ZONE_LABELS[stall.zone as Zone])}</p>
              {stall.exhibitor && <p className="qr-label__name">{stall.exhibitor.producerName}</p>}
              <p className="qr-label__scan">{t('adminFairs.stallLabels.scan')}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
