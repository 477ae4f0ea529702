import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Fair, FloorPlan as FloorPlanData, FloorPlanStall } from '../../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../../api/error-message.ts';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../../kit/query/useApiQuery.ts';
import { FloorPlan } from '../../shared/FloorPlan.tsx';

/** The plan after allocation; with an application chosen, its stalls are picked on it and locked. */
export function LockOnPlan({ fair, locking, onDone }: { fair: Fair; locking: Application | null; onDone(): void }) {
  const { t } = useTranslation();
  const plan = useApiQuery<FloorPlanData>(`/api/fairs/${fair.slug}/floor-plan`);
  const [chosen, setChosen] = useState<string[]>([]);
  const [planStall, setPlanStall] = useState<FloorPlanStall | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const lock = useApiMutation<void, { applicationId: string; stallIds: string[] }>({ path: `/api/fairs/${fair.slug}/assignments/lock`, invalidates: [`/api/fairs/${fair.slug}`] });
  useEffect(() => setChosen([]), [locking]);

  const stallsById = useMemo(() => new Map((plan.data?.stalls ?? []).map((s) => [s.id, s])), [plan.data]);
  const onSelect = (stall: FloorPlanStall) => {
    if (locking) {
      if (stall.blocked) return;
      setChosen((previous) => (previous.includes(stall.id) ? previous.filter((id) => id !== stall.id) : [...previous, stall.id].slice(-locking.stallCount)));
    } else setPlanStall(stall);
  };
  const confirm = async () => {
    if (!locking || chosen.length === 0) return;
    setMessage(null);
    try {
      await lock.mutateAsync({ applicationId: locking.id, stallIds: chosen });
      setMessage({ kind: 'ok', text: t('adminFairs.applications.locked', { name: locking.producer.name }) });
      onDone();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <section className="form-section" aria-labelledby="allocation-plan">
      <h2 id="allocation-plan">{t('adminFairs.allocation.plan')}</h2>
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {locking && (
        <div className="notice lock-bar" role="status">
          <p>{t('adminFairs.applications.lockHelp', { name: locking.producer.name, count: locking.stallCount })}</p>
          <p>
            {t('adminFairs.applications.lockChosen')} <strong>{chosen.map((id) => stallsById.get(id)?.code).join(', ') || '—'}</strong>
          </p>
          <div className="actions">
            <button type="button" className="button button--primary" disabled={lock.isPending || chosen.length === 0} onClick={() => void confirm()}>
              {t('adminFairs.applications.lockConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={onDone}>
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
          highlighted={locking ? new Set(chosen) : null}
          onSelect={onSelect}
        />
      )}
      {planStall && !locking && (
        <p className="plan-caption" role="status">
          <strong>{planStall.code}</strong> · {planStall.exhibitor ? `${planStall.exhibitor.producerName} (${t(`adminFairs.assignment.${planStall.exhibitor.status}`)})` : t('fairs.plan.free')}
        </p>
      )}
    </section>
  );
}
