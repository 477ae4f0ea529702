import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { ProducerDetail } from '../contract.ts';
import { listProducts } from '../products/list-products.ts';
import { producerSummaryColumns, toProducerSummary, type ProducerSummaryRow } from './list-producers.ts';
import { producerNotFound } from './update-producer.ts';

export async function getProducer(db: Queryable, id: string, today: string): Promise<ProducerDetail> {
  const [row] = await rows<
    ProducerSummaryRow & {
      tax_code: string | null;
      contact_name: string | null;
      phone: string | null;
      email: string | null;
      website: string | null;
      description_vi: string;
      description_en: string;
    }
  >(db, sql`
    SELECT ${producerSummaryColumns(today)}, pr.tax_code, pr.contact_name, pr.phone, pr.email, pr.website, pr.description_vi, pr.description_en
    FROM producers pr LEFT JOIN craft_villages v ON v.id = pr.craft_village_id WHERE pr.id = ${id}`);
  if (!row) throw producerNotFound();
  const products = await listProducts(db, { producer: id, sort: 'name', pageSize: 100 }, today);
  return {
    ...toProducerSummary(row),
    taxCode: row.tax_code,
    contactName: row.contact_name,
    phone: row.phone,
    email: row.email,
    website: row.website,
    description: { vi: row.description_vi, en: row.description_en },
    products: products.items,
  };
}
