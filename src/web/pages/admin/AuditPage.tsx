import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry, AuditList } from '../../../modules/audit/contract.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { LoadFailed, Loading } from '../../components/LoadStatus.tsx';

const PAGE_SIZE = 50;

/** Suggestions for the filters (the server matches exactly); modules add theirs as they come. */
const KNOWN_ENTITIES = ['user'];
const KNOWN_ACTIONS = ['session.sign-in', 'session.sign-out', 'user.create', 'user.update', 'user.change-password'];

/** /admin/audit: who did what and when, newest first, filtered by entity and action. */
export default function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const action = params.get('action') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApiGet<AuditList>('/api/audit', { entity, action, page, pageSize: PAGE_SIZE });
  const [entityInput, setEntityInput] = useState(entity);
  const [actionInput, setActionInput] = useState(action);
  // Back/forward through filters: the fields follow the address.
  useEffect(() => {
    setEntityInput(entity);
    setActionInput(action);
  }, [entity, action]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (entityInput.trim()) next.set('entity', entityInput.trim());
    if (actionInput.trim()) next.set('action', actionInput.trim());
    setParams(next);
  };

  const clear = () => {
    setEntityInput('');
    setActionInput('');
    setParams(new URLSearchParams());
  };

  const goToPage = (nextPage: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(nextPage));
    setParams(next);
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <form className="filters" role="search" aria-label={t('audit.filters')} onSubmit={apply}>
        <div className="field">
          <label htmlFor="audit-entity">{t('audit.entity')}</label>
          <input id="audit-entity" list="audit-entities" value={entityInput} onChange={(event) => setEntityInput(event.target.value)} />
          <datalist id="audit-entities">
            {KNOWN_ENTITIES.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <input id="audit-action" list="audit-actions" value={actionInput} onChange={(event) => setActionInput(event.target.value)} />
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        {(entity || action) && (
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('audit.clear')}
          </button>
        )}
      </form>

      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted">{t('audit.total', { count: list.data.total })}</p>
          {list.data.items.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <table className="data-table" aria-busy={list.loading}>
              <caption className="visually-hidden">{t('audit.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.columns.at')}</th>
                  <th scope="col">{t('audit.columns.actor')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.entity')}</th>
                  <th scope="col">{t('audit.columns.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={goToPage} />
        </>
      )}
    </section>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = Object.keys(entry.changes);
  return (
    <tr>
      <td data-label={t('audit.columns.at')}>
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </td>
      <td data-label={t('audit.columns.actor')}>{entry.actorEmail ?? t('audit.system')}</td>
      <td data-label={t('audit.columns.action')}>
        <code>{entry.action}</code>
      </td>
      <td data-label={t('audit.columns.entity')}>
        <div>
          <span className="cell-title">{entry.entity}</span>
          {entry.entityId && <span className="cell-sub cell-id">{entry.entityId}</span>}
        </div>
      </td>
      <td data-label={t('audit.columns.changes')}>
        {changes.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <details>
            <summary>{t('audit.changedFields', { fields: changes.join(', ') })}</summary>
            <pre className="changes">{JSON.stringify(entry.changes, null, 2)}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}
