import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationList, DecisionInput, Fair } from '../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { Pagination } from '../../../components/Pagination.tsx';
import { DataTable } from '../../../kit/list/DataTable.tsx';
import { FilterBar, FilterSelect } from '../../../kit/list/filters.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useListFilters } from '../../../kit/list/useListFilters.ts';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { APPLICATION_STATUS_CODES } from '../shared/codes.ts';
import { AllocationPanel } from './allocation/AllocationPanel.tsx';
import { applicationColumns } from './applications/application-columns.tsx';
import { LockOnPlan } from './applications/LockOnPlan.tsx';
import { FairAdminFrame } from './FairAdminFrame.tsx';

const PAGE_SIZE = 50;
const FILTERS = { status: { allowed: APPLICATION_STATUS_CODES } } as const;
type Decision = DecisionInput['decision'];

export default function ApplicationsPage() {
  return <FairAdminFrame titleKey="adminFairs.tabs.applications">{(fair) => <Applications fair={fair} />}</FairAdminFrame>;
}

function Applications({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const filters = useListFilters(FILTERS);
  const path = `/api/fairs/${fair.slug}/applications`;
  const list = useApiQuery<ApplicationList>(path, { status: filters.values.status || undefined, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [locking, setLocking] = useState<Application | null>(null);
  const decisions = useApiMutation<{ updated: number }, DecisionInput>({ path: `${path}/decisions`, invalidates: [`/api/fairs/${fair.slug}`] });

  const items = list.data?.items ?? [];
  const allOnPage = items.length > 0 && items.every((a) => selected.has(a.id));
  const toggle = (ids: readonly string[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const decide = async (decision: Decision) => {
    if (selected.size === 0) return;
    if (decision !== 'approved' && !reason.trim()) {
      setMessage({ kind: 'error', text: t('adminFairs.applications.reasonRequired') });
      return;
    }
    setMessage(null);
    try {
      const result = await decisions.mutateAsync({ applicationIds: [...selected], decision, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setMessage({ kind: 'ok', text: t('adminFairs.applications.decided', { count: result.updated, decision: t(`adminFairs.applicationStatus.${decision}`) }) });
      setSelected(new Set());
      setReason('');
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    }
  };

  const columns = applicationColumns(t, {
    isSelected: (id) => selected.has(id),
    onToggle: (id) => toggle([id], !selected.has(id)),
    onLock: (application) => {
      setLocking(application);
      document.getElementById('allocation-plan')?.scrollIntoView({ block: 'start' });
    },
  });
  const busy = decisions.isPending;

  return (
    <>
      <FilterBar label={t('adminFairs.applications.filters')}>
        <FilterSelect
          id="application-status"
          label={t('adminFairs.applications.status')}
          value={filters.values.status}
          allLabel={t('adminFairs.applications.allStatuses')}
          options={APPLICATION_STATUS_CODES.map((code) => ({ value: code, label: t(`adminFairs.applicationStatus.${code}`) }))}
          onChange={(status) => filters.set({ status })}
        />
      </FilterBar>

      <div className="bulk-bar" role="group" aria-label={t('adminFairs.applications.bulk')}>
        <span className="checkbox-field">
          <input id="applications-select-all" type="checkbox" checked={allOnPage} disabled={items.length === 0} onChange={() => toggle(items.map((a) => a.id), !allOnPage)} />
          <label htmlFor="applications-select-all">{t('adminFairs.applications.selectAll')}</label>
        </span>
        <span aria-live="polite">{t('adminFairs.applications.selected', { count: selected.size })}</span>
        <div className="field field--inline">
          <label htmlFor="decision-reason">{t('adminFairs.applications.reason')}</label>
          <input id="decision-reason" value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t('adminFairs.applications.reasonHint')} />
        </div>
        <button type="button" className="button button--primary" disabled={busy || selected.size === 0} onClick={() => void decide('approved')}>
          {t('adminFairs.applications.approve')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy || selected.size === 0} onClick={() => void decide('waitlisted')}>
          {t('adminFairs.applications.waitlist')}
        </button>
        <button type="button" className="button button--danger" disabled={busy || selected.size === 0} onClick={() => void decide('rejected')}>
          {t('adminFairs.applications.reject')}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}

      <p className="results-count" aria-live="polite">
        {list.data ? t('adminFairs.applications.total', { count: list.data.total }) : ''}
      </p>
      <QueryView query={list} isEmpty={(data) => data.items.length === 0} empty={t('adminFairs.applications.empty')}>
        {(data) => (
          <>
            <div className="table-scroll applications-table">
              <DataTable caption={t('adminFairs.tabs.applications')} columns={columns} rows={data.items} rowKey={(a) => a.id} busy={list.isFetching} />
            </div>
            <Pagination page={filters.page} pageSize={PAGE_SIZE} total={data.total} onPage={filters.setPage} />
          </>
        )}
      </QueryView>

      <AllocationPanel fair={fair} />
      <LockOnPlan fair={fair} locking={locking} onDone={() => setLocking(null)} />
    </>
  );
}
