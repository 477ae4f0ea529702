import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/error-message.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../../session/session-context.ts';

/** Only a path on this site is a place to return to after signing in (no //host, no URLs). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/admin';
  if (next.startsWith('/sign-in')) return '/admin';
  return next;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('signIn.title'));

  // A one-time password is changed first (the server refuses everything else until then).
  const destination = (user: { mustChangePassword: boolean }) => (user.mustChangePassword ? '/account/password' : next);
  if (session.status === 'signed-in' && !busy) return <Navigate to={destination(session.user)} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) return setError(t('signIn.missing'));
    setBusy(true);
    try {
      const user = await session.signIn(email.trim(), password);
      navigate(destination(user), { replace: true });
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  };

  return (
    <section className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      <form className="form card" onSubmit={(event) => void submit(event)} noValidate>
        {error && (
          <p className="form-error" role="alert" id="sign-in-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="sign-in-email">{t('signIn.email')}</label>
          <input
            id="sign-in-email"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="muted">{t('signIn.help')}</p>
    </section>
  );
}
