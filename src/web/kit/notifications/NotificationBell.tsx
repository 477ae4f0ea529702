import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationList } from '../../../modules/notifications/contract.ts';
import { formatDateTime } from '../../format.ts';
import { useApiMutation } from '../query/useApiMutation.ts';
import { useApiQuery } from '../query/useApiQuery.ts';
import './notifications.css';

/**
 * The signed-in user's notifications in the header: a bell with the unread count (refreshed
 * every minute), opening the latest ten; opening one marks it read. Escape closes and returns
 * focus to the bell.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useApiQuery<NotificationList>('/api/notifications', { limit: 10 }, { refetchInterval: 60_000 });
  const markRead = useApiMutation<{ changed: number }, { ids?: string[] }>({ path: '/api/notifications/read', invalidates: ['/api/notifications'] });

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  return (
    <div className="notification-bell">
      <button
        ref={button}
        type="button"
        className="notification-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.bell', { count: unread })}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && <span className="notification-bell__count">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {open && (
        <div id={panelId} className="notification-bell__panel" role="region" aria-label={t('notifications.title')}>
          <div className="notification-bell__head">
            <strong>{t('notifications.title')}</strong>
            {unread > 0 && (
              <button type="button" className="notification-bell__action" onClick={() => markRead.mutate({})} disabled={markRead.isPending}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          {list.isError && <p className="notification-bell__empty">{t('notifications.loadFailed')}</p>}
          {!list.isError && items.length === 0 && <p className="notification-bell__empty">{t('notifications.empty')}</p>}
          <ul className="notification-bell__list">
            {items.map((item) => {
              const body = (
                <>
                  <span className="notification-bell__text">{item.text}</span>
                  <time className="notification-bell__time" dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </>
              );
              const read = () => {
                if (!item.readAt) markRead.mutate({ ids: [item.id] });
                setOpen(false);
              };
              return (
                <li key={item.id} className={item.readAt ? 'notification-bell__item' : 'notification-bell__item notification-bell__item--unread'}>
                  {item.link ? (
                    <Link to={item.link} onClick={read}>{body}</Link>
                  ) : (
                    <button type="button" className="notification-bell__action" onClick={read}>{body}</button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
