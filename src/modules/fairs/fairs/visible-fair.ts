import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../../server/db/database.ts';
import { isStaff } from '../fair-access.ts';
import { fairNotFound, findFairRow } from './find-fair.ts';

/** A fair as the caller may see it: drafts exist for programme staff only. */
export async function findVisibleFair(db: Queryable, request: FastifyRequest, key: string) {
  const fair = await findFairRow(db, key);
  if (fair.status === 'draft' && !isStaff(request.user)) throw fairNotFound();
  return fair;
}
