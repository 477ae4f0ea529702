import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate, CertificateInput, ProductDetail } from '../../../../modules/catalogue/contract.ts';
import {
  certificateExpiry,
  expectedAuthorityLevel,
  isOcopStars,
  legalBasisForDate,
  starsForScore,
  type AuthorityLevel,
  type LegalBasis,
} from '../../../../modules/catalogue/domain/index.ts';
import { api } from '../../../api/client.ts';
import { formErrorMessage } from '../../../api/error-message.ts';
import { formatDate, parseDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { AUTHORITY_LEVELS, LEGAL_BASES, authorityLevelName, legalBasisName } from '../../catalogue/shared/catalogue-data.ts';
import { inForce } from '../../catalogue/shared/codes.ts';
import { StarRating } from '../../catalogue/shared/StarRating.tsx';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';
import { FormMessage, TextField } from './form-parts.tsx';

/** A product's certificates; staff add one (a new rating) or revoke one in force, with a reason. */
export function CertificatesPanel({ product, canManage, onChanged }: { product: ProductDetail; canManage: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section className="certificates-panel" aria-labelledby="certificates-title">
      <div className="page-heading">
        <h2 id="certificates-title">{t('admin.certificates.title')}</h2>
        {canManage && !adding && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setAdding(true);
              setMessage(null);
            }}
          >
            {t('admin.certificates.add')}
          </button>
        )}
      </div>
      {!canManage && <p className="muted">{t('admin.certificates.staffOnly')}</p>}
      <div aria-live="polite" className="live-region">
        {message && (
          <p className="form-success" role="status">
            {message}
          </p>
        )}
      </div>
      {adding && (
        <CertificateForm
          productId={product.id}
          onCancel={() => setAdding(false)}
          onAdded={(text) => {
            setAdding(false);
            setMessage(text);
            onChanged();
          }}
        />
      )}
      {product.certificates.length === 0 ? (
        <p>{t('catalogue.product.noCertificates')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.certificates.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('certificate.columns.rating')}</th>
              <th scope="col">{t('certificate.columns.decision')}</th>
              <th scope="col">{t('certificate.columns.validity')}</th>
              <th scope="col">{t('certificate.columns.status')}</th>
              {canManage && <th scope="col">{t('admin.products.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {product.certificates.map((certificate) => (
              <tr key={certificate.id}>
                <td data-label={t('certificate.columns.rating')}>
                  <div>
                    <StarRating stars={certificate.stars} potentialFiveStar={certificate.potentialFiveStar} />
                    {certificate.score !== null && <span className="cell-sub">{t('certificate.score', { score: certificate.score })}</span>}
                  </div>
                </td>
                <td data-label={t('certificate.columns.decision')}>
                  <div>
                    <span className="cell-title">{certificate.decisionNumber}</span>
                    <span className="cell-sub">
                      {formatDate(certificate.decisionDate)} · {authorityLevelName(certificate.authorityLevel, language)}
                    </span>
                    <span className="cell-sub">{legalBasisName(certificate.legalBasis, language)}</span>
                  </div>
                </td>
                <td data-label={t('certificate.columns.validity')}>
                  {formatDate(certificate.issueDate)} – {formatDate(certificate.expiryDate)}
                </td>
                <td data-label={t('certificate.columns.status')}>
                  <div>
                    <StatusBadge status={certificate.status} />
                    {certificate.id === product.currentCertificateId && <span className="cell-sub">{t('certificate.current')}</span>}
                    {certificate.revokedOn && <span className="cell-sub">{t('certificate.revokedOnDate', { date: formatDate(certificate.revokedOn) })}</span>}
                    {certificate.revocationReason && pick(certificate.revocationReason) && (
                      <span className="cell-sub">
                        {t('certificate.revocationReason')}: {pick(certificate.revocationReason)}
                      </span>
                    )}
                  </div>
                </td>
                {canManage && (
                  <td data-label={t('admin.products.columns.actions')}>
                    <div>
                      {inForce(certificate.status) ? (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          aria-label={t('admin.certificates.revokeOne', { number: certificate.decisionNumber })}
                          onClick={() => {
                            setMessage(null);
                            setRevoking(certificate);
                          }}
                        >
                          {t('admin.certificates.revoke')}
                        </button>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoking && (
        <RevokeDialog
          certificate={revoking}
          productName={pick(product.name)}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setMessage(t('admin.certificates.revoked', { number: revoking.decisionNumber }));
            setRevoking(null);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function CertificateForm({ productId, onCancel, onAdded }: { productId: string; onCancel(): void; onAdded(message: string): void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const [stars, setStars] = useState('4');
  const [potential, setPotential] = useState(false);
  const [score, setScore] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [basisChoice, setBasisChoice] = useState<LegalBasis | ''>('');
  const [levelChoice, setLevelChoice] = useState<AuthorityLevel | ''>('');
  const [authorityName, setAuthorityName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const starCount = Number(stars);
  // Dates are typed dd/MM/yyyy (native date pickers show the browser's order, often MM/dd).
  const decisionIso = parseDate(decisionDate);
  const issueIso = issueDate.trim() ? parseDate(issueDate) : null;
  // Defaults follow the law in force on the decision date; the official can override them.
  const autoBasis = decisionIso ? legalBasisForDate(decisionIso) : null;
  const basis = basisChoice || autoBasis;
  const autoLevel = basis && isOcopStars(starCount) ? expectedAuthorityLevel(starCount, basis) : null;
  const level = levelChoice || autoLevel;
  const effectiveIssue = issueDate.trim() ? issueIso : decisionIso;
  const expiry = effectiveIssue ? certificateExpiry(effectiveIssue) : null;
  const scoreNumber = score.trim() === '' ? null : Number(score.replace(',', '.'));
  const scoreStars = scoreNumber !== null && Number.isFinite(scoreNumber) && scoreNumber >= 0 && scoreNumber <= 100 ? starsForScore(scoreNumber) : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!decisionNumber.trim()) return setError(t('admin.certificates.decisionNumberRequired'));
    if (!decisionIso) return setError(t('admin.certificates.decisionDateRequired'));
    if (issueDate.trim() && !issueIso) return setError(t('admin.certificates.badIssueDate'));
    if (issueIso && issueIso < decisionIso) return setError(t('admin.certificates.issueBeforeDecision'));
    if (scoreNumber !== null && (!Number.isFinite(scoreNumber) || scoreNumber < 0 || scoreNumber > 100)) return setError(t('admin.certificates.badScore'));
    if (!level) return setError(t('admin.certificates.levelRequired'));
    const body: CertificateInput = {
      stars: starCount,
      potentialFiveStar: starCount === 4 && potential,
      score: scoreNumber,
      decisionNumber: decisionNumber.trim(),
      decisionDate: decisionIso,
      authorityLevel: level,
      authorityName: authorityName.trim() || null,
    };
    if (issueIso) body.issueDate = issueIso;
    if (basis) body.legalBasis = basis;
    setBusy(true);
    try {
      await api.post<{ id: string }>(`/api/products/${productId}/certificates`, body);
      onAdded(t('admin.certificates.added', { number: body.decisionNumber }));
    } catch (caught) {
      setError(
        formErrorMessage(t, caught, {
          decisionNumber: t('admin.certificates.decisionNumber'),
          decisionDate: t('admin.certificates.decisionDate'),
          issueDate: t('admin.certificates.issueDate'),
          score: t('admin.certificates.score'),
        }),
      );
      setBusy(false);
    }
  };

  return (
    <form className="card form certificate-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="certificate-form-title">
      <h3 id="certificate-form-title" ref={headingRef} tabIndex={-1}>
        {t('admin.certificates.addTitle')}
      </h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="cert-stars">{t('admin.certificates.stars')}</label>
          <select id="cert-stars" value={stars} onChange={(event) => setStars(event.target.value)}>
            {[3, 4, 5].map((value) => (
              <option key={value} value={value}>
                {'★'.repeat(value)} {t('certificate.stars', { count: value })}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="cert-score"
          label={t('admin.certificates.score')}
          inputMode="decimal"
          value={score}
          onChange={setScore}
          hint={scoreStars !== null && scoreStars !== starCount ? t('admin.certificates.scoreMismatch', { count: scoreStars }) : t('admin.certificates.scoreHint')}
        />
        <TextField id="cert-decision-number" label={t('admin.certificates.decisionNumber')} required value={decisionNumber} onChange={setDecisionNumber} placeholder="1234/QĐ-UBND" />
        <TextField
          id="cert-decision-date"
          label={t('admin.certificates.decisionDate')}
          required
          placeholder={t('form.datePlaceholder')}
          hint={decisionDate.trim() && !decisionIso ? t('form.badDate') : t('form.dateHint')}
          value={decisionDate}
          onChange={setDecisionDate}
        />
        <TextField
          id="cert-issue-date"
          label={t('admin.certificates.issueDate')}
          placeholder={t('form.datePlaceholder')}
          value={issueDate}
          onChange={setIssueDate}
          hint={
            issueDate.trim() && !issueIso
              ? t('form.badDate')
              : expiry
                ? `${t('admin.certificates.issueHint')} ${t('admin.certificates.expiryPreview', { date: formatDate(expiry) })}`
                : t('admin.certificates.issueHint')
          }
        />
        <div className="field">
          <label htmlFor="cert-basis">{t('admin.certificates.legalBasis')}</label>
          <select id="cert-basis" value={basisChoice} onChange={(event) => setBasisChoice(event.target.value as LegalBasis | '')}>
            <option value="">{autoBasis ? t('admin.certificates.auto', { value: legalBasisName(autoBasis, language) }) : t('admin.certificates.autoPending')}</option>
            {LEGAL_BASES.map((info) => (
              <option key={info.code} value={info.code}>
                {info.label[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cert-level">{t('admin.certificates.authorityLevel')}</label>
          <select id="cert-level" value={levelChoice} onChange={(event) => setLevelChoice(event.target.value as AuthorityLevel | '')}>
            <option value="">{autoLevel ? t('admin.certificates.auto', { value: authorityLevelName(autoLevel, language) }) : t('admin.certificates.autoPending')}</option>
            {AUTHORITY_LEVELS.map((info) => (
              <option key={info.code} value={info.code}>
                {info.label[language]}
              </option>
            ))}
          </select>
        </div>
        <TextField id="cert-authority-name" label={t('admin.certificates.authorityName')} value={authorityName} onChange={setAuthorityName} placeholder={t('admin.certificates.authorityNamePlaceholder')} />
      </div>
      <div className="checkbox-field">
        <input id="cert-potential" type="checkbox" checked={starCount === 4 && potential} disabled={starCount !== 4} onChange={(event) => setPotential(event.target.checked)} />
        <label htmlFor="cert-potential">{t('admin.certificates.potentialFiveStar')}</label>
      </div>
      <FormMessage error={error} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('admin.certificates.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}

/** Asks before revoking (it cannot be undone) and takes the reason shoppers will read. */
function RevokeDialog({
  certificate,
  productName,
  onClose,
  onRevoked,
}: {
  certificate: Certificate;
  productName: string;
  onClose(): void;
  onRevoked(): void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reasonVi, setReasonVi] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Opened as a modal (focus moves in, the page behind is inert, Escape closes). Unmounting
  // removes it; closing it here on cleanup would, under StrictMode's double effects, fire `close`.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!reasonVi.trim()) return setError(t('admin.certificates.reasonRequired'));
    setBusy(true);
    try {
      const reason: { vi: string; en?: string } = { vi: reasonVi.trim() };
      if (reasonEn.trim()) reason.en = reasonEn.trim();
      await api.post<void>(`/api/certificates/${certificate.id}/revoke`, { reason });
      onRevoked();
    } catch (caught) {
      setError(formErrorMessage(t, caught));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="revoke-title" aria-describedby="revoke-text" onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="revoke-title">{t('admin.certificates.revokeTitle')}</h2>
        <p id="revoke-text">
          {t('admin.certificates.revokeText', {
            number: certificate.decisionNumber,
            product: productName,
          })}
        </p>
        <TextField id="revoke-reason-vi" label={t('admin.certificates.reasonVi')} lang="vi" required rows={3} value={reasonVi} onChange={setReasonVi} />
        <TextField id="revoke-reason-en" label={t('admin.certificates.reasonEn')} lang="en" rows={2} value={reasonEn} onChange={setReasonEn} />
        <FormMessage error={error} />
        <p className="actions">
          <button type="submit" className="button button--danger-solid" disabled={busy}>
            {busy ? t('common.saving') : t('admin.certificates.confirmRevoke')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
        </p>
      </form>
    </dialog>
  );
}
