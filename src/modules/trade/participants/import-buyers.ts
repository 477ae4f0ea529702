import type { Database } from '../../../server/db/database.ts';
import type { ByteSource } from '../../../server/spreadsheet/byte-source.ts';
import { checkImport, writeImport, type ImportReport } from '../../../server/spreadsheet/run-import.ts';
import type { Actor } from '../../audit/actor.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { saveBuyerOrganisation } from './buyer-organisations.ts';
import { buyerImport } from './buyer-import.ts';
import { upsertBuyerEntry } from './register-participants.ts';

export interface BuyerImportCounts {
  organisationsCreated: number;
  organisationsUpdated: number;
  registered: number;
}

/** Registers a conference's buyers from a spreadsheet: every row or none, with a row-by-row report. */
export async function importBuyers(database: Database, actor: Actor, key: string, file: { name: string; source: ByteSource }, dryRun: boolean): Promise<ImportReport<BuyerImportCounts>> {
  const conference = await findConference(database.db, key, 'system');
  assertStage(conference, ['registration', 'matching', 'scheduled'], { vi: 'đăng ký bên mua', en: 'register buyers' });
  const checked = await checkImport(buyerImport, file, {
    dryRun, options: { slotCount: conference.slotCount }, emptyCounts: () => ({ organisationsCreated: 0, organisationsUpdated: 0, registered: 0 }),
  });
  const every = Array.from({ length: conference.slotCount }, (_, i) => i);
  return writeImport(database, checked, async (tx, rows) => {
    const counts: BuyerImportCounts = { organisationsCreated: 0, organisationsUpdated: 0, registered: 0 };
    const locked = await findConference(tx, conference.id, 'system', { lock: true });
    for (const row of rows) {
      const { tableMode, available, ...organisation } = row;
      const saved = await saveBuyerOrganisation(tx, actor, organisation);
      counts[saved.created ? 'organisationsCreated' : 'organisationsUpdated']++;
      await upsertBuyerEntry(tx, actor, locked, saved.id, { tableMode, available: available ?? every });
      counts.registered++;
    }
    return counts;
  });
}
