import type { Tx } from '../../server/db/database.ts';
import { defineJob, enqueueJob } from '../../server/jobs/jobs.ts';
import type { Localized } from '../../shared/localized.ts';
import { mailSettings } from './mailer.ts';

export interface GuestEmailInput {
  /** People without an account: an address and a name to greet. */
  to: readonly { email: string; name: string }[];
  kind: string;
  text: Localized;
  link?: string | null;
  /** Makes the e-mail once-only per person: the same key and address queue nothing again. */
  key: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * E-mails people who have no account (a trainee an organizer enrolled by name and e-mail): one
 * job per address in the caller's transaction (the outbox), sent when SMTP is configured. They
 * have no language setting, so the message carries Vietnamese, then English.
 */
export async function emailGuests(tx: Tx, input: GuestEmailInput): Promise<number> {
  if (mailSettings() === null) return 0;
  const addresses = new Map(input.to.filter((r) => r.email.includes('@')).map((r) => [r.email.trim().toLowerCase(), r.name]));
  for (const [email, name] of addresses) {
    await enqueueJob(tx, GUEST_EMAIL_JOB.kind, { payload: { email, name, kind: input.kind, vi: input.text.vi, en: input.text.en, link: input.link ?? null }, uniqueKey: `guest-email:${input.key}:${email}` });
  }
  return addresses.size;
}

export const GUEST_EMAIL_JOB = defineJob({
  kind: 'notifications.guest-email',
  maxAttempts: 8,
  async run({ job }) {
    const settings = mailSettings();
    if (!settings) return;
    const p = job.payload as { email: string; name: string; vi: string; en: string; link: string | null };
    const link = p.link && settings.publicUrl ? new URL(p.link, settings.publicUrl).toString() : null;
    const vi = [`Xin chào ${p.name},`, '', p.vi, ...(link ? ['', `Xem trên OCOP Connect: ${link}`] : [])];
    const en = [`Hello ${p.name},`, '', p.en, ...(link ? ['', `See it on OCOP Connect: ${link}`] : [])];
    await settings.transport.send({
      to: p.email,
      subject: `OCOP Connect: ${p.vi.length > 90 ? `${p.vi.slice(0, 89)}…` : p.vi}`,
      text: [...vi, '', '—', '', ...en].join('\n'),
      html: [vi, en].map((lines) => `<div>${lines.filter(Boolean).map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`).join('<hr>'),
    });
  },
});
