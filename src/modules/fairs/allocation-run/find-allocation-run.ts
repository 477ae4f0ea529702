import { and, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db/database.ts';
import { conflict, notFound } from '../../../server/http/app-error.ts';
import { rows } from '../../../server/db/rows.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairAllocationRuns } from '../tables.ts';

export const runNotFound = () => notFound({ vi: 'Không tìm thấy lượt phân gian hàng', en: 'Allocation run not found' });
const notProposed = () => conflict('not_a_proposal', { vi: 'Lượt chạy này không có đề xuất đang chờ duyệt', en: 'This run has no proposal waiting for review' });

export async function findAllocationRun(database: Database, fairKey: string, runId: string): Promise<typeof fairAllocationRuns.$inferSelect> {
  const fair = await findFairRow(database.db, fairKey);
  const [run] = await database.db.select().from(fairAllocationRuns).where(and(eq(fairAllocationRuns.id, runId), eq(fairAllocationRuns.fairId, fair.id)));
  if (run === undefined) throw runNotFound();
  return run;
}

/** A proposal waiting for review, with its fair locked for the rest of the transaction. */
export async function lockedProposal(tx: Tx, fairKey: string, runId: string) {
  const fair = await findFairRow(tx, fairKey);
  await rows(tx, sql`SELECT id FROM fairs WHERE id = ${fair.id} FOR UPDATE`);
  const [run] = await tx.select().from(fairAllocationRuns).where(and(eq(fairAllocationRuns.id, runId), eq(fairAllocationRuns.fairId, fair.id)));
  if (run === undefined) throw runNotFound();
  if (run.status !== 'proposed' || run.plan === null) throw notProposed();
  return { fair, run };
}
