import { defineJob } from '../../server/jobs/jobs.ts';
import { purgeStagedFiles } from './delete-staged-file.ts';

/** Uploads whose form was never saved go after FILE_LIMITS.stagedLifetimeHours; checked hourly. */
export const PURGE_STAGED_FILES_JOB = defineJob({
  kind: 'files.purge-staged',
  everyMs: 3600_000,
  async run({ database, now }) {
    await purgeStagedFiles(database, now);
  },
});
