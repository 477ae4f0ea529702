import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/error-message.ts';
import type { ApiFormErrors } from './api-field-errors.ts';

/**
 * The line above a form's fields: why the last save failed (with the fields to check that the
 * form does not show), "check the marked fields", or that it was saved. An alert for screen
 * readers when it is a problem, a polite status when it is a success.
 */
export function FormStatus({
  error,
  placed,
  labels = {},
  success,
}: {
  error: unknown;
  placed: ApiFormErrors | null;
  labels?: Readonly<Record<string, string>>;
  success?: string;
}) {
  const { t } = useTranslation();
  const { errors, submitCount, isSubmitting } = useFormState();
  const clientProblems = submitCount > 0 && !isSubmitting && Object.keys(errors).length > 0;

  let problem: string | null = null;
  if (placed?.form === 'error') {
    problem = errorMessage(t, error);
    if (placed.unplaced.length > 0) {
      const named = [...new Set(placed.unplaced.map((field) => labels[field] ?? field))];
      problem += ` ${t('errors.checkFields', { fields: named.join(', ') })}`;
    }
  } else if (placed?.form === 'summary' || clientProblems) {
    problem = t('kit.form.checkFields');
  }

  return (
    <div className="form-status live-region" aria-live="polite">
      {problem ? (
        <p className="form-error" role="alert" tabIndex={-1}>
          {problem}
        </p>
      ) : (
        success && (
          <p className="form-success" role="status">
            {success}
          </p>
        )
      )}
    </div>
  );
}
