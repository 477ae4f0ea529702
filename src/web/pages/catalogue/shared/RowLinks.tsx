import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface RowLink {
  to: string;
  /** The accessible name, saying which record ("Edit product Bánh chưng"). */
  label: string;
}

/** A back-office row's "Edit" (its admin page) and "View" (its public page) buttons. */
export function RowLinks({ edit, view }: { edit: RowLink; view: RowLink }) {
  const { t } = useTranslation();
  return (
    <div className="inline-form">
      <Link className="button button--small" to={edit.to} aria-label={edit.label}>
        {t('admin.edit')}
      </Link>
      <Link className="button button--small button--secondary" to={view.to} aria-label={view.label}>
        {t('admin.view')}
      </Link>
    </div>
  );
}
