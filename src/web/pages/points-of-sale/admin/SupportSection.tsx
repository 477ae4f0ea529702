import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointDetail, SupportItem, SupportProgress } from '../../../../modules/outlets/contract.ts';
import { SUPPORT_KINDS } from '../../../../modules/outlets/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { fileIdOf } from '../../../../modules/files/file-urls.ts';
import { FileUploadField } from '../../../kit/files/FileUploadField.tsx';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

export const SUPPORT_KIND_LABELS: Readonly<Record<(typeof SUPPORT_KINDS)[number], Localized>> = {
  signage: { vi: 'Biển hiệu (QĐ 3041/QĐ-BCT)', en: 'Signage (Decision 3041/QĐ-BCT)' },
  shelves: { vi: 'Kệ trưng bày', en: 'Shelves' },
  counter: { vi: 'Quầy', en: 'Counter' },
  refrigerator: { vi: 'Tủ lạnh, tủ mát', en: 'Refrigerator' },
  pos: { vi: 'Máy bán hàng POS', en: 'POS terminal' },
  lighting: { vi: 'Chiếu sáng', en: 'Lighting' },
  'display-screen': { vi: 'Màn hình', en: 'Display screen' },
  other: { vi: 'Khác', en: 'Other' },
};
const STATUS_LABELS: Readonly<Record<SupportItem['status'], Localized>> = {
  planned: { vi: 'Kế hoạch', en: 'Planned' }, ordered: { vi: 'Đã đặt hàng', en: 'Ordered' }, delivered: { vi: 'Đã bàn giao', en: 'Delivered' },
  accepted: { vi: 'Đã nghiệm thu', en: 'Accepted' }, cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};
const NEXT: Partial<Record<SupportItem['status'], SupportItem['status']>> = { planned: 'ordered', ordered: 'delivered', delivered: 'accepted' };

export function progressText(t: TFunction, p: SupportProgress) {
  return t('pointsOfSaleAdmin.support.progress', { accepted: p.accepted, items: p.items - p.cancelled, budget: formatVnd(p.budgetVnd), spent: formatVnd(p.spentVnd) });
}

/** Support items of a point: budget, supplier, steps up to acceptance, progress and spending. */
export function SupportSection({ point, staff }: { point: PointDetail; staff: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const support = useApiQuery<{ items: SupportItem[]; progress: SupportProgress }>(`/api/outlets/points/${point.id}/support`);
  const step = useApiMutation<void, { id: string; status: string; acceptanceNote?: string }>({ method: 'PATCH', path: (v) => `/api/outlets/support/${v.id}`, body: ({ id: _id, ...rest }) => rest });
  const columns: Column<SupportItem>[] = [
    { id: 'kind', header: t('pointsOfSaleAdmin.support.kind'), cell: (i) => <>{pick(SUPPORT_KIND_LABELS[i.kind])}<div className="muted">{i.description}</div></> },
    { id: 'photos', header: t('pointsOfSaleAdmin.support.photos'), cell: (i) => i.photos.length > 0 && (
      <a href={`/api/files/${i.photos[0]}`} target="_blank" rel="noreferrer">
        <img src={`/api/files/${i.photos[0]}/thumb`} alt="" width={48} height={36} loading="lazy" /> {t('pointsOfSaleAdmin.support.photoCount', { count: i.photos.length })}
      </a>
    ) },
    { id: 'supplier', header: t('pointsOfSaleAdmin.support.supplier'), cell: (i) => i.supplier },
    { id: 'budget', header: t('pointsOfSaleAdmin.support.budget'), className: 'num', cell: (i) => formatVnd(i.budgetVnd) },
    { id: 'status', header: t('pointsOfSaleAdmin.status'), cell: (i) => <>{pick(STATUS_LABELS[i.status])}{i.acceptedOn && <div className="muted">{formatDate(i.acceptedOn)} · {i.acceptanceNote}</div>}</> },
    ...(staff ? [{ id: 'next', header: t('pointsOfSaleAdmin.support.next'), hideHeader: true, cell: (i: SupportItem) => {
      const next = NEXT[i.status];
      return next ? <button type="button" className="button" disabled={step.isPending} onClick={() => step.mutate({ id: i.id, status: next, ...(next === 'accepted' ? { acceptanceNote: window.prompt(t('pointsOfSaleAdmin.support.acceptanceNote')) ?? '' } : {}) })}>{pick(STATUS_LABELS[next])}</button> : null;
    } }] : []),
  ];
  return (
    <section aria-labelledby="support-title">
      <h2 id="support-title">{t('pointsOfSaleAdmin.support.title')}</h2>
      <QueryView query={support}>
        {(data) => (
          <>
            <p>{progressText(t, data.progress)}</p>
            {step.error && <p role="alert">{errorMessage(t, step.error)}</p>}
            {data.items.length > 0 && <DataTable caption={t('pointsOfSaleAdmin.support.title')} columns={columns} rows={data.items} rowKey={(i) => i.id} />}
            {staff && <AddSupport pointId={point.id} />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function AddSupport({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [kind, setKind] = useState<string>('signage');
  const [description, setDescription] = useState('');
  const [budget, setBudget] = useState('');
  const [supplier, setSupplier] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const add = useApiMutation<{ id: string }, Record<string, unknown>>({ path: `/api/outlets/points/${pointId}/support` });
  return (
    <form className="form-inline" onSubmit={(e) => { e.preventDefault(); add.mutate({ kind, description, budgetVnd: Number(budget), supplier, photos: photos.flatMap((url) => fileIdOf(url) ?? []) }, { onSuccess: () => { setDescription(''); setBudget(''); setPhotos([]); } }); }}>
      <h3>{t('pointsOfSaleAdmin.support.add')}</h3>
      <label htmlFor="support-kind">{t('pointsOfSaleAdmin.support.kind')}</label>
      <select id="support-kind" value={kind} onChange={(e) => setKind(e.target.value)}>{SUPPORT_KINDS.map((k) => <option key={k} value={k}>{pick(SUPPORT_KIND_LABELS[k])}</option>)}</select>
      <label htmlFor="support-description">{t('pointsOfSaleAdmin.support.description')}</label>
      <input id="support-description" value={description} onChange={(e) => setDescription(e.target.value)} required />
      <label htmlFor="support-budget">{t('pointsOfSaleAdmin.support.budget')}</label>
      <input id="support-budget" type="number" min={0} value={budget} onChange={(e) => setBudget(e.target.value)} required />
      <label htmlFor="support-supplier">{t('pointsOfSaleAdmin.support.supplier')}</label>
      <input id="support-supplier" value={supplier} onChange={(e) => setSupplier(e.target.value)} />
      <FileUploadField label={t('pointsOfSaleAdmin.support.photos')} value={photos} onChange={setPhotos} purpose="outlet-support" max={20} allowUrl={false} />
      <button className="button button--primary" type="submit" disabled={add.isPending}>{t('pointsOfSaleAdmin.support.addButton')}</button>
      {add.error && <p role="alert">{errorMessage(t, add.error)}</p>}
    </form>
  );
}
