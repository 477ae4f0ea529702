import { describe, expect, it } from 'vitest';
import { NdjsonReader } from './ndjson.ts';

describe('NdjsonReader', () => {
  it('hands back each complete line once, keeping a cut line for later', () => {
    const reader = new NdjsonReader();
    let text = '{"progress":{"done":50,"total":100}}\n{"progress":{"do';
    expect(reader.read(text)).toEqual([{ progress: { done: 50, total: 100 } }]);
    text += 'ne":100,"total":100}}\n';
    expect(reader.read(text)).toEqual([{ progress: { done: 100, total: 100 } }]);
    expect(reader.read(text)).toEqual([]);
    text += '{"report":{"ok":true}}';
    expect(reader.read(text)).toEqual([]);
    expect(reader.read(text, true)).toEqual([{ report: { ok: true } }]);
  });

  it('skips blank and broken lines', () => {
    expect(new NdjsonReader().read('\n<html>\n{"a":1}\n\n', true)).toEqual([{ a: 1 }]);
  });
});
