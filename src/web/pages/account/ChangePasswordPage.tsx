import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/error-message.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../../session/session-context.ts';
import { MIN_PASSWORD_LENGTH } from './password-rules.ts';


export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('changePassword.title'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    if (!currentPassword) return setError(t('changePassword.currentRequired'));
    if (newPassword.length < MIN_PASSWORD_LENGTH) return setError(t('changePassword.tooShort', { min: MIN_PASSWORD_LENGTH }));
    if (newPassword !== confirmation) return setError(t('changePassword.mismatch'));
    if (newPassword === currentPassword) return setError(t('changePassword.same'));
    setBusy(true);
    try {
      await session.changePassword({ currentPassword, newPassword });
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const mustChange = session.status === 'signed-in' && session.user.mustChangePassword;

  return (
    <section className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t('changePassword.title')}</h1>
      <p className="lead">{mustChange ? t('changePassword.introTemporary') : t('changePassword.intro')}</p>
      {done && (
        <p className="form-success" role="status">
          {t('changePassword.success')} <Link to="/admin">{t('changePassword.continue')}</Link>
        </p>
      )}
      <form className="form card" onSubmit={(event) => void submit(event)} noValidate>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="current-password">{t('changePassword.current')}</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('changePassword.new')}</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            required
            aria-describedby="new-password-hint"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
          <p className="field__hint" id="new-password-hint">
            {t('changePassword.hint', { min: MIN_PASSWORD_LENGTH })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="confirm-password">{t('changePassword.confirm')}</label>
          <input
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('changePassword.submit')}
        </button>
      </form>
    </section>
  );
}
