import { sql } from 'drizzle-orm';
import type { Queryable } from './database.ts';
import { rows } from './rows.ts';

/**
 * The application schema as text lines (tables, columns, constraints, indexes, functions,
 * extensions), comparable across engines: PGlite and a PostgreSQL server must agree on it.
 */
export async function describeSchema(db: Queryable): Promise<string[]> {
  const columns = await rows<Record<string, unknown>>(db, sql`
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity, is_generated, generation_expression
    FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`);
  const constraints = await rows<Record<string, unknown>>(db, sql`
    SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' AND c.contype <> 'n' ORDER BY 1, 2`);
  const indexes = await rows<Record<string, unknown>>(db, sql`
    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`);
  const functions = await rows<Record<string, unknown>>(db, sql`
    SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, pg_get_function_result(p.oid) AS result
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    ORDER BY 1, 2`);
  const extensions = await rows<Record<string, unknown>>(db, sql`
    SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`);
  const line = (kind: string) => (row: Record<string, unknown>) => `${kind} ${JSON.stringify(Object.values(row))}`;
  return [
    ...extensions.map(line('extension')),
    ...columns.map(line('column')),
    ...constraints.map(line('constraint')),
    ...indexes.map(line('index')),
    ...functions.map(line('function')),
  ];
}
