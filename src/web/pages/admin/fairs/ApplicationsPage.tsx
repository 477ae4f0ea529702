import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationReport, Application, ApplicationList, DecisionInput, Fair, FloorPlan as FloorPlanData, FloorPlanStall } from '../../../../modules/fairs/contract.ts';
import { ZONE_LABELS, type Zone } from '../../../../modules/fairs/zones.ts';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { Pagination } from '../../../components/Pagination.tsx';
import { useSearchState } from '../../../components/useSearchState.ts';
import { formatDateTime } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { APPLICATION_STATUS_CODES, isApplicationStatus, isUnplacedReason } from '../../fairs/shared/codes.ts';
import { FloorPlan } from '../../fairs/shared/FloorPlan.tsx';
import { FairAdminFrame } from './FairAdminFrame.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

const PAGE_SIZE = 50;
type Decision = DecisionInput['decision'];

export default function ApplicationsPage() {
  return <FairAdminFrame titleKey="adminFairs.tabs.applications">{(fair) => <Applications fair={fair} />}</FairAdminFrame>;
}

function Applications({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const { get, update, page } = useSearchState();
  const status = isApplicationStatus(get('status')) ? get('status') : '';
  const list = useApiGet<ApplicationList>(`/api/fairs/${fair.slug}/applications`, { status: status || undefined, page, pageSize: PAGE_SIZE });
  const plan = useApiGet<FloorPlanData>(`/api/fairs/${fair.slug}/floor-plan`);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [report, setReport] = useState<AllocationReport | null>(null);
  const [locking, setLocking] = useState<Application | null>(null);
  const [lockStalls, setLockStalls] = useState<string[]>([]);
  const [planStall, setPlanStall] = useState<FloorPlanStall | null>(null);

  const items = list.data?.items ?? [];
  const allOnPage = items.length > 0 && items.every((a) => selected.has(a.id));
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const decide = async (decision: Decision) => {
    if (selected.size === 0) return;
    if (decision !== 'approved' && !reason.trim()) {
      setMessage({ kind: 'error', text: t('adminFairs.applications.reasonRequired') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const body: DecisionInput = { applicationIds: [...selected], decision, ...(reason.trim() ? { reason: reason.trim() } : {}) };
      const result = await api.post<{ updated: number }>(`/api/fairs/${fair.slug}/applications/decisions`, body);
      setMessage({ kind: 'ok', text: t('adminFairs.applications.decided', { count: result.updated, decision: t(`adminFairs.applicationStatus.${decision}`) }) });
      setSelected(new Set());
      setReason('');
      list.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const allocate = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setReport(await api.post<AllocationReport>(`/api/fairs/${fair.slug}/allocation`, {}));
      list.reload();
      plan.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const lock = async () => {
    if (!locking || lockStalls.length === 0) return;
    setBusy(true);
    setMessage(null);
    try {
      await api.post<void>(`/api/fairs/${fair.slug}/assignments/lock`, { applicationId: locking.id, stallIds: lockStalls });
      setMessage({ kind: 'ok', text: t('adminFairs.applications.locked', { name: locking.producer.name }) });
      setLocking(null);
      setLockStalls([]);
      list.reload();
      plan.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const stallsById = useMemo(() => new Map((plan.data?.stalls ?? []).map((s) => [s.id, s])), [plan.data]);
  const onPlanSelect = (stall: FloorPlanStall) => {
    if (locking) {
      if (stall.blocked) return;
      setLockStalls((previous) => (previous.includes(stall.id) ? previous.filter((id) => id !== stall.id) : [...previous, stall.id].slice(-locking.stallCount)));
    } else setPlanStall(stall);
  };

  return (
    <>
      <form className="filters filters--inline" aria-label={t('adminFairs.applications.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="application-status">{t('adminFairs.applications.status')}</label>
          <select id="application-status" value={status} onChange={(event) => update({ status: event.target.value || null })}>
            <option value="">{t('adminFairs.applications.allStatuses')}</option>
            {APPLICATION_STATUS_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`adminFairs.applicationStatus.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <div className="bulk-bar" role="group" aria-label={t('adminFairs.applications.bulk')}>
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
      {list.error ? (
        <p role="alert">{errorMessage(t, list.error)}</p>
      ) : !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t('adminFairs.applications.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table applications-table" aria-busy={list.loading}>
              <caption className="visually-hidden">{t('adminFairs.tabs.applications')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('adminFairs.applications.selectAll')}
                      checked={allOnPage}
                      onChange={() =>
                        setSelected((previous) => {
                          const next = new Set(previous);
                          for (const a of items) {
                            if (allOnPage) next.delete(a.id);
                            else next.add(a.id);
                          }
                          return next;
                        })
                      }
                    />
                  </th>
                  <th scope="col">{t('adminFairs.applications.producer')}</th>
                  <th scope="col">{t('adminFairs.applications.request')}</th>
                  <th scope="col">{t('adminFairs.applications.products')}</th>
                  <th scope="col">{t('adminFairs.applications.status')}</th>
                  <th scope="col">{t('adminFairs.applications.stalls')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((application) => (
                  <ApplicationRow
                    key={application.id}
                    application={application}
                    checked={selected.has(application.id)}
                    onToggle={() => toggle(application.id)}
                    onLock={() => {
                      setLocking(application);
                      setLockStalls([]);
                      document.getElementById('allocation-plan')?.scrollIntoView({ block: 'start' });
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}

      <section className="form-section" aria-labelledby="allocation-title">
        <h2 id="allocation-title">{t('adminFairs.allocation.title')}</h2>
        <p>{t('adminFairs.allocation.help', { hours: fair.holdHours })}</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void allocate()}>
          {busy ? t('adminFairs.allocation.running') : t('adminFairs.allocation.run')}
        </button>
        {report && <AllocationReportView report={report} />}
      </section>

      <section className="form-section" aria-labelledby="allocation-plan">
        <h2 id="allocation-plan">{t('adminFairs.allocation.plan')}</h2>
        {locking && (
          <div className="notice lock-bar" role="status">
            <p>{t('adminFairs.applications.lockHelp', { name: locking.producer.name, count: locking.stallCount })}</p>
            <p>
              {t('adminFairs.applications.lockChosen')} <strong>{lockStalls.map((id) => stallsById.get(id)?.code).join(', ') || '—'}</strong>
            </p>
            <div className="actions">
              <button type="button" className="button button--primary" disabled={busy || lockStalls.length === 0} onClick={() => void lock()}>
                {t('adminFairs.applications.lockConfirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setLocking(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
        {plan.data && (
          <FloorPlan
            stalls={plan.data.stalls}
            label={t('adminFairs.allocation.plan')}
            selectedId={locking ? null : (planStall?.id ?? null)}
            highlighted={locking ? new Set(lockStalls) : null}
            onSelect={onPlanSelect}
          />
        )}
        {planStall && !locking && (
          <p className="plan-caption" role="status">
            <strong>{planStall.code}</strong> · {planStall.exhibitor ? `${planStall.exhibitor.producerName} (${t(`adminFairs.assignment.${planStall.exhibitor.status}`)})` : t('fairs.plan.free')}
          </p>
        )}
      </section>
    </>
  );
}

function ApplicationRow({ application, checked, onToggle, onLock }: { application: Application; checked: boolean; onToggle(): void; onLock(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const zone = application.preferredZone ? ZONE_LABELS[application.preferredZone as Zone] : null;
  return (
    <tr data-status={application.status}>
      <td>
        <input type="checkbox" checked={checked} onChange={onToggle} aria-label={t('adminFairs.applications.select', { name: application.producer.name })} />
      </td>
      <td data-label={t('adminFairs.applications.producer')}>
        <div>
          <span className="cell-title">{application.producer.name}</span>
          <span className="cell-sub">
            {application.producer.province}
            {application.producer.region && ZONE_LABELS[application.producer.region as Zone] ? ` · ${pick(ZONE_LABELS[application.producer.region as Zone])}` : ''}
          </span>
        </div>
      </td>
      <td data-label={t('adminFairs.applications.request')}>
        <div>
          <span>{t('adminFairs.applications.stallCount', { count: application.stallCount })}</span>
          <span className="cell-sub">
            {zone ? pick(zone) : t('adminFairs.applications.anyZone')}
            {application.needsPower ? ` · ${t('fairs.plan.power')}` : ''}
            {application.needsWater ? ` · ${t('fairs.plan.water')}` : ''}
          </span>
          {application.note && <span className="cell-sub">“{application.note}”</span>}
        </div>
      </td>
      <td data-label={t('adminFairs.applications.products')}>
        <ul className="plain-list">
          {application.products.slice(0, 3).map((p) => (
            <li key={p.id}>
              {pick(p.name)} {p.stars ? `· ${'★'.repeat(p.stars)}` : ''}
            </li>
          ))}
          {application.products.length > 3 && <li className="muted">{t('adminFairs.applications.more', { count: application.products.length - 3 })}</li>}
        </ul>
      </td>
      <td data-label={t('adminFairs.applications.status')}>
        <div>
          <span className={`app-status app-status--${application.status}`}>{t(`adminFairs.applicationStatus.${application.status}`)}</span>
          {application.decisionReason && <span className="cell-sub">{application.decisionReason}</span>}
        </div>
      </td>
      <td data-label={t('adminFairs.applications.stalls')}>
        <div>
          {application.stalls.map((s) => (
            <span key={s.id} className="cell-sub">
              <strong>{s.code}</strong> · {s.status === 'held' || s.status === 'confirmed' ? t(`adminFairs.assignment.${s.status}`) : s.status}
              {s.holdExpiresAt ? ` · ${formatDateTime(s.holdExpiresAt)}` : ''}
            </span>
          ))}
          {application.status === 'approved' && (
            <button type="button" className="button button--small button--secondary" onClick={onLock} aria-label={t('adminFairs.applications.lockFor', { name: application.producer.name })}>
              {t('adminFairs.applications.lock')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function AllocationReportView({ report }: { report: AllocationReport }) {
  const { t } = useTranslation();
  return (
    <div className="allocation-report" role="status" aria-label={t('adminFairs.allocation.report')}>
      <dl className="stat-grid">
        <div className="stat-card">
          <dt>{t('adminFairs.allocation.placed')}</dt>
          <dd className="stat-card__number">{report.placed}</dd>
        </div>
        <div className="stat-card">
          <dt>{t('adminFairs.allocation.unplaced')}</dt>
          <dd className="stat-card__number">{report.unplaced.length}</dd>
        </div>
        <div className="stat-card">
          <dt>{t('adminFairs.allocation.objective')}</dt>
          <dd className="stat-card__number">{report.objective.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}</dd>
        </div>
        <div className="stat-card">
          <dt>{t('adminFairs.allocation.bound')}</dt>
          <dd className="stat-card__number">{report.bound.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}</dd>
        </div>
        <div className="stat-card">
          <dt>{t('adminFairs.allocation.gap')}</dt>
          <dd className="stat-card__number">{(report.gap * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} %</dd>
        </div>
      </dl>
      <p className="muted">
        {t('adminFairs.allocation.method', { method: report.method })} · {t('adminFairs.allocation.holdUntil', { at: formatDateTime(report.holdExpiresAt) })}
        {' · '}
        {t('adminFairs.allocation.provinceSpread', { before: report.sameProvinceNeighbours.before, after: report.sameProvinceNeighbours.after })}
      </p>
      {report.unplaced.length > 0 && (
        <>
          <h3>{t('adminFairs.allocation.unplacedTitle')}</h3>
          <ul className="unplaced-list">
            {report.unplaced.map((u) => (
              <li key={u.applicationId}>
                <strong>{u.producerName}</strong>: {isUnplacedReason(u.reason) ? t(`adminFairs.unplaced.${u.reason}`) : u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
