import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriteriaVersion, CriteriaVersionSummary } from '../../../../modules/outlets/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { ConfirmDialog } from '../../../kit/dialog/ConfirmDialog.tsx';
import { useConfirm } from '../../../kit/dialog/useConfirm.tsx';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import '../points-of-sale.css';

const LIST = '/api/outlets/criteria';

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

/** A draft's definition as JSON (sections, items, local rules, pass mark), checked by the server on save and on publish. */
function DraftEditor({ id, onDone }: { id: string; onDone(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const confirm = useConfirm();
  const draft = useApiQuery<CriteriaVersion>(`${LIST}/${id}`);
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const save = useApiMutation<void, { definition: unknown }>({ method: 'PUT', path: `${LIST}/${id}`, invalidates: [LIST] });
  const publish = useApiMutation<void, Record<string, never>>({ path: `${LIST}/${id}/publish`, invalidates: [LIST] });
  const discard = useApiMutation<void, { id: string }>({ method: 'DELETE', path: `${LIST}/${id}`, body: () => undefined, invalidates: [LIST] });
  const saveText = async (value: string): Promise<boolean> => {
    let definition: unknown;
    try { definition = JSON.parse(value); } catch { setProblem(t('pointsOfSaleAdmin.criteria.badJson')); return false; }
    setProblem(null);
    try { await save.mutateAsync({ definition }); return true; } catch (error) { setProblem(errorMessage(t, error)); return false; }
  };
  return (
    <QueryView query={draft}>
      {(version) => {
        const value = text ?? JSON.stringify(version.definition, null, 2);
        return (
          <section aria-labelledby="draft-title" className="card">
            <h2 id="draft-title">{t('pointsOfSaleAdmin.criteria.draftTitle', { title: pick(version.title), version: version.version })}</h2>
            <label htmlFor="criteria-definition">{t('pointsOfSaleAdmin.criteria.definition')}</label>
            <textarea id="criteria-definition" rows={20} spellCheck={false} value={value} onChange={(e) => setText(e.target.value)} aria-describedby="criteria-definition-hint" />
            <p id="criteria-definition-hint" className="field__hint">{t('pointsOfSaleAdmin.criteria.definitionHint')}</p>
            {problem && <p className="form-error" role="alert">{problem}</p>}
            {save.isSuccess && !problem && <p className="form-success" role="status">{t('admin.saved')}</p>}
            <p className="actions">
              <button type="button" className="button" disabled={save.isPending} onClick={() => void saveText(value)}>{t('pointsOfSaleAdmin.criteria.saveDraft')}</button>
              <button type="button" className="button button--primary" onClick={() => setPublishing(true)}>{t('pointsOfSaleAdmin.criteria.publish')}</button>
              <button type="button" className="button button--secondary" onClick={async () => {
                if (await confirm({ title: t('pointsOfSaleAdmin.criteria.discard'), message: t('pointsOfSaleAdmin.criteria.discardConfirm'), confirmLabel: t('pointsOfSaleAdmin.criteria.discard'), tone: 'danger' })) discard.mutate({ id }, { onSuccess: onDone });
              }}>{t('pointsOfSaleAdmin.criteria.discard')}</button>
            </p>
            <ConfirmDialog open={publishing} title={t('pointsOfSaleAdmin.criteria.publish')} confirmLabel={t('pointsOfSaleAdmin.criteria.publish')}
              busy={publish.isPending || save.isPending} error={publish.error ? errorMessage(t, publish.error) : null} onCancel={() => setPublishing(false)}
              onConfirm={async () => {
                if (text !== null && !(await saveText(value))) { setPublishing(false); return; }
                publish.mutate({}, { onSuccess: () => { setPublishing(false); onDone(); } });
              }}>
              <p>{t('pointsOfSaleAdmin.criteria.publishConfirm')}</p>
            </ConfirmDialog>
          </section>
        );
      }}
    </QueryView>
  );
}
