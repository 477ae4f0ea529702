import type { Queryable } from '../../../server/db/database.ts';
import { latestPublished, latestVersionForKind } from '../criteria/criteria-versions.ts';
import type { PointKind } from '../domain/point-kinds.ts';

/**
 * The least OCOP share a point of this kind must keep: the local rule of the newest published
 * criteria for its kind, else of the Decision 950 checklist; null when no version states one.
 * It is data, so a new criteria version changes the rule without a deploy.
 */
export async function minimumOcopShare(db: Queryable, kind: PointKind): Promise<number | null> {
  try {
    const forKind = await latestVersionForKind(db, kind);
    if (forKind.definition.localRules.minOcopSharePercent !== undefined) return forKind.definition.localRules.minOcopSharePercent;
  } catch {
    // No version applies to this kind: fall back to the national checklist below.
  }
  const checklist = await latestPublished(db, 'moit-950');
  return checklist?.definition.localRules.minOcopSharePercent ?? null;
}

/** The OCOP share of the product lines on the shelf, against the rule. */
export function ocopShare(lines: readonly { quantity: number; ocop: boolean }[], minimumPercent: number | null) {
  const onShelf = lines.filter((l) => l.quantity > 0);
  const ocopLines = onShelf.filter((l) => l.ocop).length;
  const percent = onShelf.length === 0 ? null : Math.round((ocopLines / onShelf.length) * 1000) / 10;
  return {
    lines: onShelf.length,
    ocopLines,
    percent,
    minimumPercent,
    meetsRule: percent === null || minimumPercent === null ? null : percent >= minimumPercent,
  };
}
