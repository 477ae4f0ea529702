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
export function LoadFailed(props: { state: Pick<ApiGetState<unknown>, 'error' | 'reload'> } | { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const [error, retry] = 'state' in props ? [props.state.error, props.state.reload] : [props.error, props.onRetry];
  return (
    <div className="form-error" role="alert">
      <p>{errorMessage(t, error)}</p>
      <button type="button" className="button button--secondary" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
