import { sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { outletCriteriaVersions } from '../tables.ts';
import { SHIPPED_VERSIONS } from './shipped-versions.ts';

/**
 * Puts the shipped versions in the database, published, when they are not there yet (at server
 * start; idempotent, and safe when several app processes start together).
 */
export async function ensureShippedCriteria(database: Database): Promise<number> {
  const present = await rows<{ set_code: string; version: number }>(database.db, sql`SELECT set_code, version FROM outlet_criteria_versions`);
  const missing = SHIPPED_VERSIONS.filter((s) => !present.some((p) => p.set_code === s.set && Number(p.version) === s.version));
  if (missing.length === 0) return 0;
  return database.db.transaction(async (tx) => {
    let added = 0;
    for (const shipped of missing) {
      const now = clock.now();
      const inserted = await tx.insert(outletCriteriaVersions).values({
        setCode: shipped.set, version: shipped.version, definition: shipped.definition, status: 'published', publishedAt: now, createdAt: now, updatedAt: now,
      }).onConflictDoNothing().returning({ id: outletCriteriaVersions.id });
      const row = inserted[0];
      if (!row) continue;
      added++;
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'outlet-criteria.ship', entity: 'outlet_criteria_version', entityId: row.id, changes: { set: shipped.set, version: shipped.version } });
    }
    return added;
  });
}
