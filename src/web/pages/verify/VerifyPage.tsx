// The public certificate check behind every product's QR code. Kept light (no catalogue
// vocabularies, no charts or maps): it is in the first bundle so that a phone that scans a label
// gets the answer after one page load.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { VerifyResult } from '../../../modules/catalogue/contract.ts';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import i18n from '../../i18n/index.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { normaliseCode, verdictOf, type Verdict } from './verdict.ts';

const VERDICT_ICONS: Record<Verdict, string> = {
  valid: '✓',
  expiring: '!',
  expired: '✕',
  revoked: '⊘',
  none: '?',
  unconfirmed: '?',
};

/** `/verify`: type a product code; `/verify/:code`: whether its OCOP mark is valid today. */
export default function VerifyPage() {
  const { code } = useParams();
  return code ? <VerifyResultView code={code} /> : <VerifyForm />;
}

function VerifyForm() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  return (
    <section className="page verify-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('verify.title')}</h1>
      <p className="lead">{t('verify.intro')}</p>
      <CodeForm autoFocus />
      <p className="muted">{t('verify.whereIsCode')}</p>
    </section>
  );
}

function CodeForm({ autoFocus = false, initial = '' }: { autoFocus?: boolean; initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(initial), [initial]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normaliseCode(text);
    if (!code) {
      setError(t('verify.badCode'));
      return;
    }
    setError(null);
    navigate(`/verify/${code}`);
  };

  return (
    <form className="verify-form card" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t('verify.codeLabel')}</label>
      <div className="verify-form__row">
        <input
          id={id}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus={autoFocus}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          enterKeyHint="go"
          placeholder="7K3M-9QX2"
          maxLength={20}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button button--primary">
          {t('verify.submit')}
        </button>
      </div>
      {error && (
        <p className="form-error form-error--inline" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}

function VerifyResultView({ code }: { code: string }) {
  const { t } = useTranslation();
  const shownCode = normaliseCode(code) ?? code.toUpperCase();
  const result = useApiGet<VerifyResult>(`/api/verify/${encodeURIComponent(code)}`);
  usePageTitle(t('verify.titleCode', { code: shownCode }));
  const data = result.loading ? null : result.data;

  return (
    <section className="page verify-page" aria-labelledby="page-title">
      <h1 id="page-title" className="verify-page__title">
        {t('verify.title')} <span className="verify-page__code">{shownCode}</span>
      </h1>
      <div aria-live="polite">
        {result.error ? (
          <LookupFailed error={result.error} code={shownCode} onRetry={result.reload} />
        ) : !data ? (
          <p className="loading" role="status">
            {t('verify.checking')}
          </p>
        ) : (
          <VerdictPanel result={data} />
        )}
      </div>
      <h2 className="verify-page__again">{t('verify.checkAnother')}</h2>
      <CodeForm />
    </section>
  );
}

function LookupFailed({ error, code, onRetry }: { error: unknown; code: string; onRetry(): void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return (
      <div className="verdict verdict--unknown" data-verdict="unknown">
        <p className="verdict__headline">
          <span className="verdict__icon" aria-hidden="true">
            ?
          </span>
          {error.status === 404 ? t('verify.unknownCode') : t('verify.malformedCode')}
        </p>
        <p>{error.status === 404 ? t('verify.unknownCodeText', { code }) : t('verify.badCode')}</p>
      </div>
    );
  }
  return (
    <div className="form-error" role="alert">
      <p>{errorMessage(t, error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

function VerdictPanel({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const verdict = verdictOf(result);
  const certificate = result.certificate;
  const other = language === 'vi' ? 'en' : 'vi';
  const tOther = i18n.getFixedT(other);
  const dates = {
    expiry: formatDate(certificate?.expiryDate),
    revoked: formatDate(certificate?.revokedOn),
    checked: formatDate(result.checkedOn),
  };
  const reason = certificate?.revocationReason ? pick(certificate.revocationReason) : '';

  return (
    <div className={`verdict verdict--${verdict}`} data-verdict={verdict} role="status">
      <p className="verdict__headline">
        <span className="verdict__icon" aria-hidden="true">
          {VERDICT_ICONS[verdict]}
        </span>
        <span className="verdict__text">{t(`verify.verdict.${verdict}`)}</span>
      </p>
      <p className="verdict__other" lang={other}>
        {tOther(`verify.verdict.${verdict}`)}
      </p>
      <p className="verdict__explain">{t(`verify.explain.${verdict}`, dates)}</p>
      {verdict === 'revoked' && reason && (
        <p className="verdict__reason">
          <strong>{t('certificate.revocationReason')}:</strong> {reason}
        </p>
      )}
      <dl className="verdict__facts">
        <div>
          <dt>{t('verify.product')}</dt>
          <dd>
            <Link to={`/catalogue/products/${result.product.id}`}>{pick(result.product.name)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('verify.producer')}</dt>
          <dd>
            <Link to={`/catalogue/producers/${result.producer.id}`}>{result.producer.name}</Link>
            <span className="cell-sub">{result.producer.province}</span>
          </dd>
        </div>
        {certificate && (
          <>
            <div>
              <dt>{t('verify.stars')}</dt>
              <dd>
                <span className="star-rating">
                  <span className="star-rating__glyphs" aria-hidden="true">
                    {'★'.repeat(certificate.stars)}
                  </span>
                  <span className="star-rating__text">{t('certificate.stars', { count: certificate.stars })}</span>
                  {certificate.potentialFiveStar && <span className="tag tag--potential">{t('certificate.potentialFiveStar')}</span>}
                </span>
                {verdict !== 'valid' && verdict !== 'expiring' && <span className="cell-sub">{t('verify.starsNotInForce')}</span>}
              </dd>
            </div>
            <div>
              <dt>{t('certificate.issueDate')}</dt>
              <dd>{formatDate(certificate.issueDate)}</dd>
            </div>
            <div>
              <dt>{t('certificate.expiryDate')}</dt>
              <dd>{dates.expiry}</dd>
            </div>
            {certificate.revokedOn && (
              <div>
                <dt>{t('certificate.revokedOn')}</dt>
                <dd>{dates.revoked}</dd>
              </div>
            )}
            <div>
              <dt>{t('certificate.decision')}</dt>
              <dd>{certificate.decisionNumber}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('verify.checkedOn')}</dt>
          <dd>{dates.checked}</dd>
        </div>
      </dl>
    </div>
  );
}
