import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import { editDistance } from './edit-distance.ts';
import { synonymsOf } from './synonyms.ts';

/** Search words: folded (no accents, đ → d, lower case), punctuation dropped, so only [a-z0-9]. */
export function searchTokens(q: string | undefined): string[] {
  return q ? textKey(q).split(' ').filter(Boolean).slice(0, 8) : [];
}

/** One word of a query and what it may match. */
export interface SearchTerm {
  token: string;
  /** The last word of the query is matched as a prefix too (type-ahead). */
  prefix: boolean;
  /** Other folded words it stands for: synonyms, and corrections when it is misspelt. */
  alternatives: string[];
  /** English stems of the token and its synonyms ("potteries" → "potteri"). */
  stems: string[];
  corrected: boolean;
}

const LEXEME = /^[a-z0-9]+$/;
const MAX_CORRECTIONS = 4;
const MAX_DISTANCE = 2;

/**
 * The nearest vocabulary words to a misspelt token: among the trigram-similar words, those at the
 * smallest edit distance (at most 2), so "trng" stands for trang, trung and trong alike.
 */
export function pickCorrections(token: string, near: readonly string[]): string[] {
  const scored = near.filter((word) => LEXEME.test(word) && word !== token).map((word) => ({ word, distance: editDistance(token, word) }));
  const best = Math.min(...scored.map((s) => s.distance));
  if (best > MAX_DISTANCE) return [];
  return scored.filter((s) => s.distance === best).slice(0, MAX_CORRECTIONS).map((s) => s.word);
}

/**
 * Looks the query's words up in the vocabulary of indexed words (catalogue_search_words) in one
 * round trip: the English stem of each word and its synonyms, whether it is a known word (the
 * last one: a known prefix), and for an unknown word — or every word when `correctAll` — the
 * words one typo away (through their one-letter deletions) and the trigram-nearest words, from
 * which the closest by edit distance are taken.
 */
export async function resolveSearch(db: Queryable, tokens: string[], correctAll = false): Promise<SearchTerm[]> {
  const entries = tokens.flatMap((token, i) => [token, ...synonymsOf(token)].map((term, j) => ({ i, term, main: j === 0, prefix: j === 0 && i === tokens.length - 1 })));
  const values = entries.map((e, k) => sql`(${k}::int, ${e.term}::text, ${e.main}::boolean, ${e.prefix}::boolean)`);
  const found = await rows<{ k: number; stem: string | null; known: boolean; near: string[] | null }>(db, sql`
    SELECT t.k, (ts_lexize('english_stem', t.term))[1] AS stem, known.known,
      CASE WHEN t.main AND (${correctAll}::boolean OR NOT known.known) THEN ARRAY(
        SELECT w.word FROM catalogue_search_words w
        WHERE w.word % t.term OR w.deletes && probe.deletes OR w.word = ANY(probe.deletes)
        ORDER BY (w.deletes && probe.deletes OR w.word = ANY(probe.deletes)) DESC, similarity(w.word, t.term) DESC, w.products DESC, w.word
        LIMIT 24) END AS near
    FROM (VALUES ${sql.join(values, sql`, `)}) AS t(k, term, main, prefix)
    CROSS JOIN LATERAL (SELECT CASE WHEN t.prefix
      THEN EXISTS (SELECT 1 FROM catalogue_search_words w WHERE w.word >= t.term AND w.word < t.term || chr(1114111))
      ELSE EXISTS (SELECT 1 FROM catalogue_search_words w WHERE w.word = t.term) END AS known) known
    CROSS JOIN LATERAL (SELECT t.term || ocop_word_deletes(t.term) AS deletes) probe`);
  const byIndex = new Map(found.map((row) => [row.k, row]));
  return tokens.map((token, i) => {
    const mine = entries.map((e, k) => ({ ...e, row: byIndex.get(k) })).filter((e) => e.i === i);
    const main = mine.find((e) => e.main)?.row;
    const corrections = main?.near ? pickCorrections(token, main.near) : [];
    const words = new Set([token, ...mine.filter((e) => !e.main).map((e) => e.term), ...corrections]);
    const stems = mine.map((e) => e.row?.stem).filter((stem): stem is string => Boolean(stem && LEXEME.test(stem) && !words.has(stem)));
    return {
      token,
      prefix: i === tokens.length - 1 && token.length >= 2,
      alternatives: [...words].filter((word) => word !== token),
      stems: [...new Set(stems)],
      corrected: corrections.length > 0,
    };
  });
}

/**
 * A tsquery over the terms: every term must match, by its word (the last as a prefix too), one
 * of its alternatives or its English stem; `weights` restricts where ("A" the names, "AB" names
 * and origin). `exact` drops the prefix, to rank a whole-word match first.
 */
export function termsQuery(terms: readonly SearchTerm[], weights = '', exact = false): string {
  return terms
    .map((term) => {
      const forms = [`${term.token}:${term.prefix && !exact ? '*' : ''}${weights}`];
      for (const word of [...term.alternatives, ...term.stems]) forms.push(`${word}:${weights}`);
      return `(${forms.map((form) => form.replace(/:$/, '')).join(' | ')})`;
    })
    .join(' & ');
}
