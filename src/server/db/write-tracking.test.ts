import { describe, expect, it } from 'vitest';
import { mayWritePublicData } from './write-tracking.ts';

describe('telling writes of public data from their SQL', () => {
  it.each([
    ['insert into "products" ("id") values ($1)'],
    ['update "products" set "name_vi" = $1 where "id" = $2'],
    ['delete from "stall_assignments" where "status" = $1'],
    ['with d as (select id from stalls for update skip locked) update "stall_assignments" a set status = $1'],
    ['CREATE TABLE things (id int)'],
  ])('counts %s as a write', (text) => {
    expect(mayWritePublicData(text)).toBe(true);
  });

  it.each([
    ['select * from "products" where "id" = $1'],
    ['  \n  UPDATE jobs SET status = $1 WHERE id IN (SELECT id FROM jobs FOR UPDATE SKIP LOCKED)'],
    ['update "sessions" set "last_seen_at" = $1'],
    ['insert into "audit_log" ("action") values ($1)'],
    ['with x as (select id from products) select count(*) from x'],
    ['begin'],
    ['SELECT pg_notify($1, $2)'],
  ])('does not count %s', (text) => {
    expect(mayWritePublicData(text)).toBe(false);
  });
});
