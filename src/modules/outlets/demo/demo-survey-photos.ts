import { sql } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { SURVEY_PHOTOS } from '../surveys/survey-photos.ts';

/**
 * Gives each demo survey its own private photo file, a copy of a stored demo picture (the bytes
 * are shared, as for any same content), so demo surveys hold their photos as real ones do: a
 * surveyor re-sending one keeps them, and only staff and that surveyor see them.
 */
export async function copyDemoSurveyPhotos(tx: Tx, sourceFileId: string, copies: readonly { id: string; surveyId: string }[]): Promise<void> {
  if (copies.length === 0) return;
  const list = JSON.stringify(copies);
  await tx.execute(sql`
    INSERT INTO files (id, kind, media_type, name, byte_size, sha256, width, height, owner_kind, owner_id, position, visibility, attached_at, created_at)
    SELECT x.id, f.kind, f.media_type, 'khao-sat-' || f.name, f.byte_size, f.sha256, f.width, f.height, ${SURVEY_PHOTOS.kind}, x."surveyId", 0, 'private', f.created_at, f.created_at
    FROM files f, jsonb_to_recordset(${list}::jsonb) AS x(id uuid, "surveyId" text)
    WHERE f.id = ${sourceFileId}`);
  await tx.execute(sql`
    INSERT INTO file_variants (file_id, variant, media_type, width, height, byte_size, sha256)
    SELECT x.id, v.variant, v.media_type, v.width, v.height, v.byte_size, v.sha256
    FROM file_variants v, jsonb_to_recordset(${list}::jsonb) AS x(id uuid)
    WHERE v.file_id = ${sourceFileId}`);
}
