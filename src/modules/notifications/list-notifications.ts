import { sql } from 'drizzle-orm';
import type { Queryable } from '../../server/db/database.ts';
import { rows } from '../../server/db/rows.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import type { Language } from '../../shared/localized.ts';
import type { NotificationList, NotificationListQuery } from './contract.ts';

/** A user's notifications, newest first, in their language, with the unread count. */
export async function listNotifications(db: Queryable, user: SignedInUser, query: NotificationListQuery, language: Language): Promise<NotificationList> {
  const items = await rows<{ id: string; kind: string; text_vi: string; text_en: string; link: string | null; created_at: string; read_at: string | null }>(db, sql`
    SELECT n.id, n.kind, n.text_vi, n.text_en, n.link, to_json(n.created_at)#>>'{}' AS created_at, to_json(r.read_at)#>>'{}' AS read_at
    FROM notification_recipients r JOIN notifications n ON n.id = r.notification_id
    WHERE r.user_id = ${user.id}
      ${query.unread ? sql`AND r.read_at IS NULL` : sql``}
      ${query.before ? sql`AND n.created_at < ${query.before}::timestamptz` : sql``}
    ORDER BY n.created_at DESC, n.id DESC
    LIMIT ${query.limit ?? 20}`);
  const [count] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM notification_recipients WHERE user_id = ${user.id} AND read_at IS NULL`);
  return {
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: language === 'en' ? n.text_en : n.text_vi,
      link: n.link,
      createdAt: new Date(n.created_at).toISOString(),
      readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
    })),
    unread: count?.n ?? 0,
  };
}
