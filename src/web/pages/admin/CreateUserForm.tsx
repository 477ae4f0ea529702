import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedUser, CreateUserBody } from '../../../modules/accounts/contract.ts';
import { ROLES, type Role } from '../../../modules/accounts/roles.ts';
import { ApiError, api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { MIN_PASSWORD_LENGTH } from '../account/password-rules.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates an account with a password, or invites one (no password): the server then makes a
 * one-time password, which is shown here once, to hand over to the person.
 */
export function CreateUserForm({ onClose, onCreated }: { onClose(): void; onCreated(user: CreatedUser): void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('producer');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [copied, setCopied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (created) resultRef.current?.focus();
  }, [created]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!EMAIL.test(email.trim())) return setError(t('users.create.invalidEmail'));
    if (!displayName.trim()) return setError(t('users.create.nameRequired'));
    if (password && password.length < MIN_PASSWORD_LENGTH) {
      return setError(t('changePassword.tooShort', { min: MIN_PASSWORD_LENGTH }));
    }
    const body: CreateUserBody = { email: email.trim(), displayName: displayName.trim(), role };
    if (password) body.password = password;
    setBusy(true);
    try {
      const result = await api.post<CreatedUser>('/api/users', body);
      setCreated(result);
      setEmail('');
      setDisplayName('');
      setPassword('');
      onCreated(result);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.code === 'conflict' ? t('users.create.emailTaken') : errorMessage(t, caught),
      );
    } finally {
      setBusy(false);
    }
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  if (created) {
    return (
      <div className="card created-user" ref={resultRef} tabIndex={-1} role="region" aria-labelledby="created-title">
        <h2 id="created-title">{t('users.create.createdTitle')}</h2>
        <p>{t('users.create.created', { name: created.user.displayName, email: created.user.email })}</p>
        {created.oneTimePassword ? (
          <div className="one-time-password">
            <p>
              <strong>{t('users.create.oneTimePassword')}</strong>
            </p>
            <p className="one-time-password__row">
              <code data-testid="one-time-password">{created.oneTimePassword}</code>
              <button type="button" className="button button--small button--secondary" onClick={() => void copy(created.oneTimePassword ?? '')}>
                {copied ? t('users.create.copied') : t('users.create.copy')}
              </button>
            </p>
            <p className="muted">{t('users.create.oneTimeNote')}</p>
          </div>
        ) : (
          <p className="muted">{t('users.create.passwordSet')}</p>
        )}
        <p className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCreated(null);
              setCopied(false);
            }}
          >
            {t('users.create.another')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('users.create.done')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <form className="card form create-user" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-title">
      <h2 id="create-title" ref={headingRef} tabIndex={-1}>
        {t('users.create.title')}
      </h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="new-user-email">{t('users.create.email')}</label>
          <input id="new-user-email" type="email" autoComplete="off" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-user-name">{t('users.create.displayName')}</label>
          <input id="new-user-name" type="text" autoComplete="off" required value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-user-role">{t('users.create.role')}</label>
          <select id="new-user-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-user-password">{t('users.create.password')}</label>
          <input
            id="new-user-password"
            type="password"
            autoComplete="new-password"
            aria-describedby="new-user-password-hint"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p className="field__hint" id="new-user-password-hint">
            {t('users.create.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          </p>
        </div>
      </div>
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : password ? t('users.create.submit') : t('users.create.invite')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
