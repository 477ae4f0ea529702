import { useState } from 'react';
import { SavedStatus } from '../../kit/form/SavedStatus.tsx';
import { useTranslation } from 'react-i18next';
import type { UserList, UserSummary } from '../../../modules/accounts/contract.ts';
import { ROLES, type Role } from '../../../modules/accounts/roles.ts';
import { errorMessage } from '../../api/error-message.ts';
import { formatDate } from '../../format.ts';
import { ListPage } from '../../kit/list/ListPage.tsx';
import type { Column } from '../../kit/list/DataTable.tsx';
import { FilterForm, FilterSelect, FilterText } from '../../kit/list/filters.tsx';
import { useListFilters } from '../../kit/list/useListFilters.ts';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { useSession } from '../../session/session-context.ts';
import { CreateUserForm } from './CreateUserForm.tsx';

const PAGE_SIZE = 20;
const FILTERS = { q: '', role: { allowed: ROLES } } as const;

type UserChange = { id: string; role?: Role; active?: boolean };

/** The one change a row sends (role or active), refreshing the list after it. */
function useUpdateUser() {
  return useApiMutation<UserSummary, UserChange>({
    method: 'PATCH',
    path: (change) => `/api/users/${change.id}`,
    body: ({ id: _id, ...body }) => body,
    invalidates: ['/api/users'],
  });
}

/** /admin/users: find accounts, create or invite one, change a role, activate or deactivate. */
export default function UsersPage() {
  const { t } = useTranslation();
  const filters = useListFilters(FILTERS);
  const list = useApiQuery<UserList>('/api/users', { ...filters.values, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const [message, setMessage] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const session = useSession();
  const selfId = session.status === 'signed-in' ? session.user.id : null;

  const columns: Column<UserSummary>[] = [
    {
      id: 'name',
      header: t('users.columns.name'),
      cell: (user) => (
        <>
          <span className="cell-title">
            {user.displayName}
            {user.id === selfId && <span className="tag">{t('users.you')}</span>}
          </span>
          <span className="cell-sub">{user.email}</span>
          {user.mustChangePassword && <span className="cell-sub">{t('users.pendingPassword')}</span>}
        </>
      ),
    },
    { id: 'role', header: t('users.columns.role'), cell: (user) => <RoleCell key={`${user.id}-${user.role}`} user={user} self={user.id === selfId} onChanged={setMessage} /> },
    {
      id: 'status',
      header: t('users.columns.status'),
      cell: (user) => <span className={`status ${user.active ? 'status--active' : 'status--inactive'}`}>{user.active ? t('users.active') : t('users.inactive')}</span>,
    },
    { id: 'created', header: t('users.columns.created'), cell: (user) => formatDate(user.createdAt) },
    { id: 'actions', header: t('users.columns.actions'), cell: (user) => (user.id === selfId ? null : <ActiveCell user={user} onChanged={setMessage} />) },
  ];

  return (
    <ListPage
      title={t('users.title')}
      wide={false}
      actions={
        !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('users.create.open')}
          </button>
        )
      }
      intro={
        <>
          {creating && <CreateUserForm onClose={() => setCreating(false)} onCreated={() => setMessage(null)} />}
          <SavedStatus message={message} />
        </>
      }
      filters={
        <FilterForm label={t('users.filters')} submitLabel={t('users.apply')} values={filters.values} onApply={filters.set}>
          <FilterText id="users-q" name="q" type="search" label={t('users.search')} />
          <FilterSelect id="users-role" name="role" label={t('users.roleFilter')} allLabel={t('users.allRoles')} options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
        </FilterForm>
      }
      query={list}
      columns={columns}
      rowKey={(user) => user.id}
      rowClassName={(user) => (user.active ? undefined : 'is-inactive')}
      countText={(count) => t('users.total', { count })}
      emptyText={t('users.empty')}
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPage={filters.setPage}
    />
  );
}

function RoleCell({ user, self, onChanged }: { user: UserSummary; self: boolean; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const update = useUpdateUser();
  const selectId = `role-${user.id}`;
  return (
    <div className="inline-form">
      <label htmlFor={selectId} className="visually-hidden">
        {t('users.roleOf', { name: user.displayName })}
      </label>
      <select id={selectId} value={role} disabled={self || update.isPending} onChange={(event) => setRole(event.target.value as Role)}>
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
          disabled={update.isPending}
          onClick={() => update.mutate({ id: user.id, role }, { onSuccess: () => onChanged(t('users.roleChanged', { name: user.displayName, role: t(`roles.${role}`) })) })}
        >
          {t('users.saveRole')}
        </button>
      )}
      {update.error && (
        <p className="form-error form-error--inline" role="alert">
          {errorMessage(t, update.error)}
        </p>
      )}
    </div>
  );
}

function ActiveCell({ user, onChanged }: { user: UserSummary; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const name = user.displayName;
  return (
    <>
      <button
        type="button"
        className={`button button--small ${user.active ? 'button--danger' : 'button--secondary'}`}
        disabled={update.isPending}
        aria-label={user.active ? t('users.deactivateUser', { name }) : t('users.activateUser', { name })}
        onClick={() =>
          update.mutate(
            { id: user.id, active: !user.active },
            { onSuccess: () => onChanged(user.active ? t('users.deactivated', { name }) : t('users.activated', { name })) },
          )
        }
      >
        {user.active ? t('users.deactivate') : t('users.activate')}
      </button>
      {update.error && (
        <p className="form-error form-error--inline" role="alert">
          {errorMessage(t, update.error)}
        </p>
      )}
    </>
  );
}
