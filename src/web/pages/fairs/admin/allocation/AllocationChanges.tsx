import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationChange } from '../../../../../modules/fairs/contract.ts';
import { DataTable, type Column } from '../../../../kit/list/DataTable.tsx';

/** A proposal's changes, stall by stall, for the organizer to review before applying them. */
export function AllocationChanges({ changes, children }: { changes: readonly AllocationChange[]; children: ReactNode }) {
  const { t } = useTranslation();
  const columns: Column<AllocationChange>[] = [
    { id: 'producer', header: t('adminFairs.allocation.changes.producer'), cell: (c) => c.producerName },
    { id: 'kind', header: t('adminFairs.allocation.changes.kind'), cell: (c) => t(`adminFairs.allocation.changes.${c.kind}`) },
    { id: 'before', header: t('adminFairs.allocation.changes.before'), cell: (c) => c.before.join(', ') || '–' },
    { id: 'after', header: t('adminFairs.allocation.changes.after'), cell: (c) => c.after.join(', ') || '–' },
  ];
  return (
    <section className="allocation-changes" aria-labelledby="allocation-changes-title">
      <h3 id="allocation-changes-title">{t('adminFairs.allocation.changes.title', { count: changes.length })}</h3>
      <p>{t('adminFairs.allocation.changes.help')}</p>
      {changes.length > 0 && (
        <div className="table-scroll">
          <DataTable caption={t('adminFairs.allocation.changes.caption')} columns={columns} rows={changes} rowKey={(c) => c.applicationId} />
        </div>
      )}
      {children}
    </section>
  );
}
