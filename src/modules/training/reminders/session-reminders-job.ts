import { defineJob } from '../../../server/jobs/jobs.ts';
import { sendSessionReminders } from './session-reminders.ts';

/** Reminders of the sessions starting within 24 hours, each once; checked every 15 minutes. */
export const SESSION_REMINDERS_JOB = defineJob({
  kind: 'training.reminders',
  everyMs: 15 * 60_000,
  async run({ database, now }) {
    await sendSessionReminders(database, now);
  },
});
