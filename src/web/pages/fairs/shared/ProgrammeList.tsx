import { useTranslation } from 'react-i18next';
import type { ProgrammeItem } from '../../../../modules/fairs/contract.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { dayInHanoi, formatTime } from './fair-data.ts';

/** The stage programme day by day; `onRemove` adds a remove button (back office). */
export function ProgrammeList({ items, onRemove, busyId }: { items: readonly ProgrammeItem[]; onRemove?(item: ProgrammeItem): void; busyId?: string | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (items.length === 0) return <p className="muted">{t('fairs.programme.empty')}</p>;
  const byDay = new Map<string, ProgrammeItem[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayInHanoi(item.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  return (
    <div className="programme">
      {[...byDay].map(([day, dayItems]) => (
        <section key={day} className="programme__day" aria-label={formatDate(day)}>
          <h3>{formatDate(day)}</h3>
          <ol className="programme__items">
            {dayItems.map((item) => (
              <li key={item.id} className={`programme__item programme__item--${item.kind}`}>
                <span className="programme__time">
                  {formatTime(item.startsAt)}–{formatTime(item.endsAt)}
                </span>
                <span className="programme__body">
                  <span className="programme__title">{pick(item.title)}</span>
                  <span className="programme__meta">
                    <span className="tag tag--plain">{t(`fairs.kind.${item.kind}`)}</span> {item.stage}
                  </span>
                  {pick(item.description) && <span className="programme__description">{pick(item.description)}</span>}
                </span>
                {onRemove && (
                  <button type="button" className="button button--small button--danger" onClick={() => onRemove(item)} disabled={busyId === item.id} aria-label={t('fairs.programme.removeItem', { title: pick(item.title) })}>
                    {t('fairs.programme.remove')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
