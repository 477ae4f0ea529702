import { useTranslation } from 'react-i18next';
import type { ProgrammeItem } from '../../../../modules/fairs/contract.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { dayInHanoi, formatTime } from './fair-data.ts';
import type { ProgrammeStatus } from './programme-status.ts';

/**
 * Stages the platform names itself. A stage is otherwise free text that the organizer typed,
 * which is shown as it is; "main" is what the server records when none is given.
 */
const KNOWN_STAGES: readonly { id: string; nameKey: string }[] = [{ id: 'main', nameKey: 'fairs.programme.stages.main' }];

/**
 * The stage programme day by day; `onRemove` adds a remove button (back office); `status` tags
 * what is on now and what comes next (public page).
 */
export function ProgrammeList({ items, onRemove, busyId, status }: { items: readonly ProgrammeItem[]; onRemove?(item: ProgrammeItem): void; busyId?: string | null; status?: ProgrammeStatus }) {
  const { t } = useTranslation();
  const stageName = (stage: string) => {
    const known = KNOWN_STAGES.find((s) => s.id === stage);
    return known ? t(known.nameKey) : stage;
  };
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
            {dayItems.map((item) => {
              const live = status?.now.includes(item.id) ? 'now' : status?.next.includes(item.id) ? 'next' : null;
              return (
                <li key={item.id} className={`programme__item programme__item--${item.kind}${live ? ` programme__item--${live}` : ''}`} aria-current={live === 'now' ? 'time' : undefined}>
                  <span className="programme__time">
                    {formatTime(item.startsAt)}–{formatTime(item.endsAt)}
                  </span>
                  <span className="programme__body">
                    <span className="programme__title">
                      {pick(item.title)}
                      {live && ' '}
                      {live === 'now' && <span className="tag programme__live programme__live--now">{t('fairs.programme.now')}</span>}
                      {live === 'next' && <span className="tag programme__live programme__live--next">{t('fairs.programme.next')}</span>}
                    </span>
                    <span className="programme__meta">
                      <span className="tag tag--plain">{t(`fairs.kind.${item.kind}`)}</span> <span className="programme__stage">{stageName(item.stage)}</span>
                    </span>
                    {pick(item.description) && <span className="programme__description">{pick(item.description)}</span>}
                  </span>
                  {onRemove && (
                    <button type="button" className="button button--small button--danger" onClick={() => onRemove(item)} disabled={busyId === item.id} aria-label={t('fairs.programme.removeItem', { title: pick(item.title) })}>
                      {t('fairs.programme.remove')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
