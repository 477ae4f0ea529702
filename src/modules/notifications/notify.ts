import { sql } from 'drizzle-orm';
import type { Tx } from '../../server/db/database.ts';
import { rows } from '../../server/db/rows.ts';
import { enqueueJob } from '../../server/jobs/jobs.ts';
import type { Localized } from '../../shared/localized.ts';
import { clock } from '../../shared/time/clock.ts';
import type { Role } from '../accounts/roles.ts';
import { mailSettings } from './mailer.ts';
import { EMAIL_JOB } from './send-notification-emails.ts';

/** Who hears about it: any mix of these, each active user once. */
export interface Audience {
  userIds?: readonly string[];
  /** Every account acting for these producers (chủ thể OCOP). */
  producerIds?: readonly string[];
  buyerOrganisationIds?: readonly string[];
  /** Everyone with these roles (e.g. organizers). */
  roles?: readonly Role[];
}

export interface NotifyInput {
  to: Audience;
  /** verb-noun of the event, e.g. 'fair.stall-moved', 'course.reminder'. */
  kind: string;
  text: Localized;
  /** A path in the web app the notification opens, e.g. '/fairs/trinh-cong-son'. */
  link?: string | null;
  /** Who caused it (left out of the recipients). */
  actorId?: string | null;
  /** Also by e-mail when SMTP is configured (default true). */
  email?: boolean;
}

const uuids = (values: readonly string[] | undefined) => `{${(values ?? []).join(',')}}`;

/**
 * Records a notification in the caller's transaction, so it exists exactly when the change it
 * tells about commits, and queues its e-mail delivery in the same transaction (the outbox).
 * Returns the notification's id and how many people it reaches (none: nothing is written).
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<{ id: string | null; recipients: number }> {
  if (input.link && !/^\/(?![/\\])/.test(input.link)) throw new Error(`A notification links inside the app ("/…"), not to "${input.link}"`);
  const recipients = await rows<{ id: string }>(tx, sql`
    SELECT id FROM users
    WHERE active
      AND (id = ANY(${uuids(input.to.userIds)}::uuid[])
        OR producer_id = ANY(${uuids(input.to.producerIds)}::uuid[])
        OR buyer_organisation_id = ANY(${uuids(input.to.buyerOrganisationIds)}::uuid[])
        OR role = ANY(${`{${(input.to.roles ?? []).join(',')}}`}::text[]))
      AND id IS DISTINCT FROM ${input.actorId ?? null}::uuid`);
  if (recipients.length === 0) return { id: null, recipients: 0 };
  const byEmail = (input.email ?? true) && mailSettings() !== null;
  const [notification] = await rows<{ id: string }>(tx, sql`
    INSERT INTO notifications (kind, text_vi, text_en, link, audience, created_by, created_at)
    VALUES (${input.kind}, ${input.text.vi}, ${input.text.en}, ${input.link ?? null}, ${JSON.stringify(input.to)}::jsonb,
            ${input.actorId ?? null}, ${clock.now()})
    RETURNING id`);
  const id = notification!.id;
  await tx.execute(sql`
    INSERT INTO notification_recipients (notification_id, user_id, email_status)
    SELECT ${id}, user_id, ${byEmail ? 'pending' : 'skipped'} FROM unnest(${uuids(recipients.map((r) => r.id))}::uuid[]) AS user_id`);
  if (byEmail) await enqueueJob(tx, EMAIL_JOB.kind, { payload: { notificationId: id }, uniqueKey: `notification-email:${id}` });
  return { id, recipients: recipients.length };
}
