import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CertificateInput } from '../../../../modules/catalogue/contract.ts';
import {
  certificateExpiry,
  expectedAuthorityLevel,
  isOcopStars,
  legalBasisForDate,
  starsForScore,
  type AuthorityLevel,
  type LegalBasis,
} from '../../../../modules/catalogue/domain/index.ts';
import { formatDate, parseDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { CheckboxField, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { AUTHORITY_LEVELS, LEGAL_BASES, authorityLevelName, legalBasisName } from '../shared/catalogue-data.ts';

/** The form's fields, named as the API names them; dates as typed (dd/MM/yyyy). */
interface Values {
  stars: string;
  potentialFiveStar: boolean;
  score: string;
  decisionNumber: string;
  decisionDate: string;
  issueDate: string;
  legalBasis: LegalBasis | '';
  authorityLevel: AuthorityLevel | '';
  authorityName: string;
}

const EMPTY: Values = { stars: '4', potentialFiveStar: false, score: '', decisionNumber: '', decisionDate: '', issueDate: '', legalBasis: '', authorityLevel: '', authorityName: '' };

const scoreOf = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
const validScore = (score: number | null) => score === null || (Number.isFinite(score) && score >= 0 && score <= 100);

/** What the law in force on the decision date implies (the official can override it). */
function derived(values: Values) {
  const stars = Number(values.stars);
  const decision = parseDate(values.decisionDate);
  const issue = values.issueDate.trim() ? parseDate(values.issueDate) : null;
  const autoBasis = decision ? legalBasisForDate(decision) : null;
  const basis = values.legalBasis || autoBasis;
  const autoLevel = basis && isOcopStars(stars) ? expectedAuthorityLevel(stars, basis) : null;
  const effectiveIssue = values.issueDate.trim() ? issue : decision;
  const score = scoreOf(values.score);
  return {
    stars,
    decision,
    issue,
    autoBasis,
    basis,
    autoLevel,
    level: values.authorityLevel || autoLevel,
    expiry: effectiveIssue ? certificateExpiry(effectiveIssue) : null,
    score,
    scoreStars: score !== null && validScore(score) ? starsForScore(score) : null,
  };
}

function toBody(values: Values): CertificateInput {
  const { stars, decision, issue, basis, level, score } = derived(values);
  const body: CertificateInput = {
    stars,
    potentialFiveStar: stars === 4 && values.potentialFiveStar,
    score,
    decisionNumber: values.decisionNumber.trim(),
    decisionDate: decision ?? '',
    authorityLevel: level as AuthorityLevel,
    authorityName: values.authorityName.trim() || null,
  };
  if (issue) body.issueDate = issue;
  if (basis) body.legalBasis = basis;
  return body;
}

/** Records a new rating of a product (staff): defaults follow the law in force on the decision date. */
export function CertificateForm({ productId, onCancel, onAdded }: { productId: string; onCancel(): void; onAdded(message: string): void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const form = useForm<Values>({ defaultValues: EMPTY });
  const add = useApiMutation<{ id: string }, CertificateInput>({ method: 'POST', path: `/api/products/${productId}/certificates` });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const values = form.watch();
  const now = derived(values);
  useEffect(() => {
    if (now.stars !== 4 && values.potentialFiveStar) form.setValue('potentialFiveStar', false);
  }, [now.stars, values.potentialFiveStar, form]);

  const rule = (check: (text: string) => boolean, messageKey: string) => (value: unknown) => check(String(value ?? '')) || t(messageKey);
  const decisionRule = rule((text) => parseDate(text) !== null, 'admin.certificates.decisionDateRequired');
  const issueRule = (value: unknown) => {
    const text = String(value ?? '').trim();
    if (!text) return true;
    const issue = parseDate(text);
    if (!issue) return t('admin.certificates.badIssueDate');
    const decision = parseDate(form.getValues('decisionDate'));
    return !decision || issue >= decision || t('admin.certificates.issueBeforeDecision');
  };
  const scoreRule = rule((text) => validScore(scoreOf(text)), 'admin.certificates.badScore');
  const levelRule = rule((text) => text !== '' || derived(form.getValues()).autoLevel !== null, 'admin.certificates.levelRequired');
  const auto = (value: string | null) => (value ? t('admin.certificates.auto', { value }) : t('admin.certificates.autoPending'));
  const issueHint = values.issueDate.trim() && !now.issue
    ? t('form.badDate')
    : now.expiry
      ? `${t('admin.certificates.issueHint')} ${t('admin.certificates.expiryPreview', { date: formatDate(now.expiry) })}`
      : t('admin.certificates.issueHint');

  return (
    <KitForm
      form={form}
      className="card form certificate-form"
      aria-labelledby="certificate-form-title"
      onSubmit={(submitted) => add.mutateAsync(toBody(submitted))}
      onSaved={(_result, submitted) => onAdded(t('admin.certificates.added', { number: submitted.decisionNumber.trim() }))}
      codeFields={{ bad_issue_date: 'issueDate', bad_potential_five_star: 'potentialFiveStar' }}
    >
      <h3 id="certificate-form-title" ref={headingRef} tabIndex={-1}>
        {t('admin.certificates.addTitle')}
      </h3>
      <div className="form-grid">
        <SelectField id="cert-stars" name="stars" label={t('admin.certificates.stars')} options={[3, 4, 5].map((count) => ({ value: String(count), label: `${'★'.repeat(count)} ${t('certificate.stars', { count })}` }))} />
        <TextField
          id="cert-score"
          name="score"
          label={t('admin.certificates.score')}
          inputMode="decimal"
          validate={scoreRule}
          hint={now.scoreStars !== null && now.scoreStars !== now.stars ? t('admin.certificates.scoreMismatch', { count: now.scoreStars }) : t('admin.certificates.scoreHint')}
        />
        <TextField id="cert-decision-number" name="decisionNumber" label={t('admin.certificates.decisionNumber')} required placeholder="1234/QĐ-UBND" />
        <TextField
          id="cert-decision-date"
          name="decisionDate"
          label={t('admin.certificates.decisionDate')}
          required
          validate={decisionRule}
          placeholder={t('form.datePlaceholder')}
          hint={values.decisionDate.trim() && !now.decision ? t('form.badDate') : t('form.dateHint')}
        />
        <TextField id="cert-issue-date" name="issueDate" label={t('admin.certificates.issueDate')} placeholder={t('form.datePlaceholder')} validate={issueRule} hint={issueHint} />
        <SelectField
          id="cert-basis"
          name="legalBasis"
          label={t('admin.certificates.legalBasis')}
          placeholder={auto(now.autoBasis && legalBasisName(now.autoBasis, language))}
          options={LEGAL_BASES.map((info) => ({ value: info.code, label: info.label[language] }))}
        />
        <SelectField
          id="cert-level"
          name="authorityLevel"
          label={t('admin.certificates.authorityLevel')}
          validate={levelRule}
          placeholder={auto(now.autoLevel && authorityLevelName(now.autoLevel, language))}
          options={AUTHORITY_LEVELS.map((info) => ({ value: info.code, label: info.label[language] }))}
        />
        <TextField id="cert-authority-name" name="authorityName" label={t('admin.certificates.authorityName')} placeholder={t('admin.certificates.authorityNamePlaceholder')} />
      </div>
      <CheckboxField id="cert-potential" name="potentialFiveStar" label={t('admin.certificates.potentialFiveStar')} disabled={now.stars !== 4} />
      <p className="actions">
        <SubmitButton>{t('admin.certificates.save')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </KitForm>
  );
}
