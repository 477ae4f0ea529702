import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UserList, UserSummary } from '../../../modules/accounts/contract.ts';
import { ROLES, type Role } from '../../../modules/accounts/roles.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useSession } from '../../session/session-context.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { LoadFailed, Loading } from '../../components/LoadStatus.tsx';

const PAGE_SIZE = 20;

const isRole = (value: string | null): value is Role => !!value && (ROLES as readonly string[]).includes(value);

/** /admin/users: find accounts, create or invite one, change a role, activate or deactivate. */
export default function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApiGet<UserList>('/api/users', { q, role, page, pageSize: PAGE_SIZE });
  const [search, setSearch] = useState(q);
  const [roleFilter, setRoleFilter] = useState<Role | ''>(role);
  const [message, setMessage] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // Back/forward through searches: the fields follow the address.
  useEffect(() => {
    setSearch(q);
    setRoleFilter(role);
  }, [q, role]);

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.trim()) next.set('q', search.trim());
    if (roleFilter) next.set('role', roleFilter);
    setParams(next);
  };

  const goToPage = (nextPage: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(nextPage));
    setParams(next);
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('users.title')}</h1>
        {!creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('users.create.open')}
          </button>
        )}
      </div>

      {creating && (
        <CreateUserForm
          onClose={() => setCreating(false)}
          onCreated={() => {
            setMessage(null);
            list.reload();
          }}
        />
      )}

      <form className="filters" role="search" onSubmit={applyFilters} aria-label={t('users.filters')}>
        <div className="field">
          <label htmlFor="users-q">{t('users.search')}</label>
          <input id="users-q" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('users.roleFilter')}</label>
          <select id="users-role" value={roleFilter} onChange={(event) => setRoleFilter(event.target.value as Role | '')}>
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('users.apply')}
        </button>
      </form>

      <div aria-live="polite" className="live-region">
        {message && (
          <p className="form-success" role="status">
            {message}
          </p>
        )}
      </div>

      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted">{t('users.total', { count: list.data.total })}</p>
          {list.data.items.length === 0 ? (
            <p>{t('users.empty')}</p>
          ) : (
            <table className="data-table" aria-busy={list.loading}>
              <caption className="visually-hidden">{t('users.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.columns.name')}</th>
                  <th scope="col">{t('users.columns.role')}</th>
                  <th scope="col">{t('users.columns.status')}</th>
                  <th scope="col">{t('users.columns.created')}</th>
                  <th scope="col">{t('users.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((user) => (
                  <UserRow key={user.id} user={user} onChanged={(text) => { setMessage(text); list.reload(); }} />
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

function UserRow({ user, onChanged }: { user: UserSummary; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const isSelf = session.status === 'signed-in' && session.user.id === user.id;
  const [role, setRole] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const roleSelectId = `role-${user.id}`;

  const update = async (body: { role?: Role; active?: boolean }, success: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.patch<UserSummary>(`/api/users/${user.id}`, body);
      onChanged(success);
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr className={user.active ? undefined : 'is-inactive'}>
      <td data-label={t('users.columns.name')}>
        <div>
          <span className="cell-title">
            {user.displayName}
            {isSelf && <span className="tag">{t('users.you')}</span>}
          </span>
          <span className="cell-sub">{user.email}</span>
          {user.mustChangePassword && <span className="cell-sub">{t('users.pendingPassword')}</span>}
        </div>
      </td>
      <td data-label={t('users.columns.role')}>
        <div className="inline-form">
          <label htmlFor={roleSelectId} className="visually-hidden">
            {t('users.roleOf', { name: user.displayName })}
          </label>
          <select
            id={roleSelectId}
            value={role}
            disabled={isSelf || busy}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
          {role !== user.role && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() =>
                void update({ role }, t('users.roleChanged', { name: user.displayName, role: t(`roles.${role}`) }))
              }
            >
              {t('users.saveRole')}
            </button>
          )}
        </div>
      </td>
      <td data-label={t('users.columns.status')}>
        <span className={`status ${user.active ? 'status--active' : 'status--inactive'}`}>
          {user.active ? t('users.active') : t('users.inactive')}
        </span>
      </td>
      <td data-label={t('users.columns.created')}>{formatDate(user.createdAt)}</td>
      <td data-label={t('users.columns.actions')}>
        <div>
        {!isSelf && (
          <button
            type="button"
            className={`button button--small ${user.active ? 'button--danger' : 'button--secondary'}`}
            disabled={busy}
            aria-label={user.active ? t('users.deactivateUser', { name: user.displayName }) : t('users.activateUser', { name: user.displayName })}
            onClick={() =>
              void update(
                { active: !user.active },
                user.active ? t('users.deactivated', { name: user.displayName }) : t('users.activated', { name: user.displayName }),
              )
            }
          >
            {user.active ? t('users.deactivate') : t('users.activate')}
          </button>
        )}
        {error && (
          <p className="form-error form-error--inline" role="alert">
            {error}
          </p>
        )}
        </div>
      </td>
    </tr>
  );
}
