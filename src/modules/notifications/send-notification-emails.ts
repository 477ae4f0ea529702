import { sql } from 'drizzle-orm';
import { rows } from '../../server/db/rows.ts';
import { defineJob } from '../../server/jobs/jobs.ts';
import { clock } from '../../shared/time/clock.ts';
import { mailSettings } from './mailer.ts';

interface Pending {
  user_id: string;
  email: string;
  display_name: string;
  language: 'vi' | 'en';
  kind: string;
  text_vi: string;
  text_en: string;
  link: string | null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Sends a notification's e-mails, one per recipient still pending, each marked sent as it goes:
 * a retry after a failure sends only the rest. At least once: a crash between sending and
 * marking may send one twice, never none. Without SMTP (turned off since) they are skipped.
 */
export const EMAIL_JOB = defineJob({
  kind: 'notifications.email',
  maxAttempts: 8,
  async run({ database, job }) {
    const notificationId = String(job.payload.notificationId);
    const pending = await rows<Pending>(database.db, sql`
      SELECT r.user_id, u.email, u.display_name, u.preferred_language AS language, n.kind, n.text_vi, n.text_en, n.link
      FROM notification_recipients r
      JOIN users u ON u.id = r.user_id
      JOIN notifications n ON n.id = r.notification_id
      WHERE r.notification_id = ${notificationId} AND r.email_status = 'pending' AND u.active
      ORDER BY u.email`);
    const settings = mailSettings();
    if (!settings) {
      await database.db.execute(sql`UPDATE notification_recipients SET email_status = 'skipped' WHERE notification_id = ${notificationId} AND email_status = 'pending'`);
      return;
    }
    for (const recipient of pending) {
      const text = recipient.language === 'en' ? recipient.text_en : recipient.text_vi;
      const link = recipient.link && settings.publicUrl ? new URL(recipient.link, settings.publicUrl).toString() : null;
      const greeting = recipient.language === 'en' ? `Hello ${recipient.display_name},` : `Xin chào ${recipient.display_name},`;
      const open = recipient.language === 'en' ? 'Open in OCOP Connect' : 'Mở trong OCOP Connect';
      await settings.transport.send({
        to: recipient.email,
        subject: `OCOP Connect: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`,
        text: [greeting, '', text, ...(link ? ['', `${open}: ${link}`] : [])].join('\n'),
        html: `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(text)}</p>${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>` : ''}`,
      });
      await database.db.execute(sql`
        UPDATE notification_recipients SET email_status = 'sent', emailed_at = ${clock.now()}
        WHERE notification_id = ${notificationId} AND user_id = ${recipient.user_id}`);
    }
  },
});
