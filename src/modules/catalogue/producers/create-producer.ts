import type { Database } from '../../../server/db/database.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ProducerInput } from '../contract.ts';
import { producerKey } from '../import/producer-key.ts';
import { producers } from '../tables.ts';
import { checkProducerOrigin } from './check-producer-origin.ts';

export function producerValues(input: ProducerInput) {
  const region = input.region ?? null;
  const country = input.country ?? (input.type === 'foreign-enterprise' ? '' : 'VN');
  checkProducerOrigin(input.type, region, country);
  const address = input.address?.trim() ?? '';
  return {
    name: input.name.trim(),
    type: input.type,
    taxCode: input.taxCode ?? null,
    address,
    province: input.province.trim(),
    commune: input.commune ?? null,
    legacyDistrict: input.legacyDistrict ?? null,
    region,
    country,
    contactName: input.contactName ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
    descriptionVi: input.description?.vi ?? '',
    descriptionEn: input.description?.en ?? '',
    craftVillageId: input.craftVillageId ?? null,
    matchKey: producerKey(input.name, address),
  };
}

/** Organizers register producers; the same name at the same address is the same producer (409). */
export async function createProducer(database: Database, actor: Actor, input: ProducerInput): Promise<{ id: string }> {
  const values = producerValues(input);
  return database.db.transaction(async (tx) => {
    const [row] = await tx.insert(producers).values(values).returning({ id: producers.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'producer.create', entity: 'producer', entityId: row.id, changes: values });
    return row;
  });
}
