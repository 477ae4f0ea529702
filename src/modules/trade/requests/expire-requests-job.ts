import { defineJob } from '../../../server/jobs/jobs.ts';
import { expireRequests } from './expire-requests.ts';

/** Pending meeting requests (yêu cầu gặp) past their expiry are stored as expired; checked every 15 minutes. */
export const EXPIRE_REQUESTS_JOB = defineJob({
  kind: 'trade.expire-requests',
  everyMs: 15 * 60_000,
  async run({ database, now }) {
    await expireRequests(database.db, now);
  },
});
