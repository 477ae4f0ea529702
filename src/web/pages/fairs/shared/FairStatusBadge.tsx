import { useTranslation } from 'react-i18next';
import type { FairStatus } from './codes.ts';

export function FairStatusBadge({ status }: { status: FairStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`fair-status fair-status--${status}`} data-status={status}>
      {t(`fairs.status.${status}`)}
    </span>
  );
}
