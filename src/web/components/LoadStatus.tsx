import { useTranslation } from 'react-i18next';
import type { ApiGetState } from '../api/useApiGet.ts';
import { errorMessage } from '../api/error-message.ts';

/** What a page shows while its code or data is on the way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** What a page shows when its data could not be loaded: the reason and a way to try again. */
export function LoadFailed({ state }: { state: Pick<ApiGetState<unknown>, 'error' | 'reload'> }) {
  const { t } = useTranslation();
  return (
    <div className="form-error" role="alert">
      <p>{errorMessage(t, state.error)}</p>
      <button type="button" className="button button--secondary" onClick={state.reload}>
        {t('common.retry')}
      </button>
    </div>
  );
}
