/**
 * A backup is gzip-compressed text, one record per line:
 *   H {"format":"ocop-connect-backup","version":1,"migrations":[…],…}   the header, first
 *   T {"table":"users","columns":[…]}                                   a table starts
 *   R {…}                                                               one row, as PostgreSQL's to_jsonb
 *   S {"column":"id","lastValue":"42","isCalled":true}                the table's identity sequence
 * Rows stay the text PostgreSQL wrote and go back through jsonb_populate_recordset, never
 * through JavaScript numbers or dates, so every value restores bit for bit on either engine.
 */
export const BACKUP_FORMAT = 'ocop-connect-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: string;
  migrations: string[];
}
