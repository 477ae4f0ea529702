import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaVersionSummary } from '../../../../modules/outlets/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import '../points-of-sale.css';
import { CRITERIA_LIST as LIST, DraftEditor } from './criteria/DraftEditor.tsx';


/**
 * `/admin/points-of-sale/criteria`: every version of every set of criteria (bộ tiêu chí). A new
 * version starts as a draft copied from the latest, is changed as data and published without a
 * deploy; published versions never change, and surveys keep the version they were made with.
 */
export default function CriteriaPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('pointsOfSaleAdmin.criteria.title'));
  const list = useApiQuery<{ items: CriteriaVersionSummary[] }>(LIST);
  const [editing, setEditing] = useState<string | null>(null);
  const start = useApiMutation<{ id: string; version: number }, { set: string }>({ path: LIST, invalidates: [LIST] });
  const columns: Column<CriteriaVersionSummary>[] = [
    { id: 'title', header: t('pointsOfSaleAdmin.criteria.set'), cell: (v) => `${pick(v.title)} (${v.set})` },
    { id: 'version', header: t('pointsOfSaleAdmin.criteria.version'), className: 'num', cell: (v) => `v${v.version}` },
    { id: 'status', header: t('pointsOfSaleAdmin.status'), cell: (v) => (v.status === 'published' ? t('pointsOfSaleAdmin.criteria.published', { at: formatDateTime(v.publishedAt) }) : t('pointsOfSaleAdmin.criteria.draft')) },
    { id: 'surveys', header: t('pointsOfSaleAdmin.criteria.surveys'), className: 'num', cell: (v) => String(v.surveys) },
    { id: 'actions', header: '', cell: (v) => (v.status === 'draft'
      ? <button type="button" className="button" onClick={() => setEditing(v.id)}>{t('pointsOfSaleAdmin.criteria.edit')}</button>
      : null) },
  ];
  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <h1 id="page-title">{t('pointsOfSaleAdmin.criteria.title')}</h1>
      <p className="lead">{t('pointsOfSaleAdmin.criteria.lead')}</p>
      <QueryView query={list}>
        {(data) => {
          const sets = [...new Set(data.items.map((v) => v.set))];
          const hasDraft = (set: string) => data.items.some((v) => v.set === set && v.status === 'draft');
          return (
            <>
              <DataTable caption={t('pointsOfSaleAdmin.criteria.title')} columns={columns} rows={data.items} rowKey={(v) => v.id} />
              <p className="actions">
                {sets.filter((set) => !hasDraft(set)).map((set) => (
                  <button key={set} type="button" className="button" disabled={start.isPending}
                    onClick={() => start.mutate({ set }, { onSuccess: (created) => setEditing(created.id) })}>{t('pointsOfSaleAdmin.criteria.newVersion', { set })}</button>
                ))}
              </p>
              {start.error && <p className="form-error" role="alert">{errorMessage(t, start.error)}</p>}
            </>
          );
        }}
      </QueryView>
      {editing && <DraftEditor key={editing} id={editing} onDone={() => setEditing(null)} />}
    </section>
  );
}
