import type { Localized } from '../../../shared/localized.ts';
import { expectedAuthorityLevel, type AuthorityLevel } from '../domain/authority-levels.ts';
import { certificateExpiry } from '../domain/certificate-status.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../domain/iso-date.ts';
import { legalBasisForDate } from '../domain/legal-basis.ts';
import type { OcopStars } from '../domain/stars.ts';
import type { DemoCertificate } from './demo-types.ts';
import type { Random } from './prng.ts';

/** Hanoi's first OCOP ratings came after Decision 1048 (August 2019). */
const EARLIEST_ISSUE = '2019-10-01';
/** Certificates are spread over this many days before `today`. */
const SPREAD_DAYS = 6 * 365;
/** One of the "mass revocations" a province ran (ocop.md: 47 at once in 2024). */
const BATCH_REVOCATION = '2024-11-15';
/** The agriculture ministry merged into the Ministry of Agriculture and Environment in March 2025. */
const MINISTRY_MERGER = '2025-03-01';

const REVOCATION_REASONS: readonly Localized[] = [
  {
    vi: 'Sản phẩm không duy trì được chất lượng như khi đánh giá, phân hạng.',
    en: 'The product no longer meets the quality it was rated at.',
  },
  { vi: 'Chủ thể giải thể hoặc ngừng sản xuất sản phẩm.', en: 'The producer dissolved or stopped making the product.' },
  { vi: 'Vi phạm quy định về nhãn hàng hóa và sử dụng biểu trưng OCOP.', en: 'Breach of labelling rules and misuse of the OCOP logo.' },
  { vi: 'Chủ thể tự nguyện đề nghị thu hồi.', en: 'Withdrawn at the producer’s request.' },
];

/** The four statuses the demo must show whatever its size (the first Vietnamese products). */
export type ForcedScenario = 'valid' | 'expiring' | 'expired' | 'revoked';

type Rating = { stars: OcopStars; potentialFiveStar: boolean };

export interface CertificateContext {
  random: Random;
  today: IsoDate;
  nextKey: () => string;
  /** Issuer of a district-level decision: the producer's province and district. */
  districtIssuer: string;
  provinceIssuer: string;
  /** Memo of decision numbers: one decision per issuer and day lists many products. */
  decisions: Map<string, string>;
  /** Per issuer and year, the last decision number used. */
  counters: Map<string, number>;
  /** First day of the spread and its length in days (see {@link issueWindow}). */
  window: { start: IsoDate; days: number };
}

/** Certificates are issued over the six years before today, but not before Hanoi's first round. */
export function issueWindow(today: IsoDate): { start: IsoDate; days: number } {
  let start = addDays(today, -SPREAD_DAYS);
  if (start < EARLIEST_ISSUE && EARLIEST_ISSUE <= today) start = EARLIEST_ISSUE;
  return { start, days: daysBetween(start, today) };
}

function pickRating(random: Random): Rating {
  return random.weighted<Rating>([
    [{ stars: 3, potentialFiveStar: false }, 50],
    [{ stars: 4, potentialFiveStar: false }, 46.5],
    [{ stars: 4, potentialFiveStar: true }, 2],
    [{ stars: 5, potentialFiveStar: false }, 1.5],
  ]);
}

function scoreFor(random: Random, rating: Rating): number {
  if (rating.potentialFiveStar) return random.int(90, 95);
  if (rating.stars === 5) return random.int(90, 98);
  return rating.stars === 4 ? random.int(70, 89) : random.int(50, 69);
}

function decisionNumber(context: CertificateContext, level: AuthorityLevel, date: IsoDate): string {
  const issuer = level === 'central' ? 'central' : level === 'province' ? context.provinceIssuer : context.districtIssuer;
  const memoKey = `${issuer}|${date}`;
  const known = context.decisions.get(memoKey);
  if (known) return known;
  const counterKey = `${issuer}|${date.slice(0, 4)}`;
  const number = (context.counters.get(counterKey) ?? context.random.int(80, 900)) + context.random.int(1, 40);
  context.counters.set(counterKey, number);
  const suffix = level !== 'central' ? 'QĐ-UBND' : date < MINISTRY_MERGER ? 'QĐ-BNN-VPĐP' : 'QĐ-BNNMT';
  const decision = `${number}/${suffix}`;
  context.decisions.set(memoKey, decision);
  return decision;
}

function certificate(context: CertificateContext, productKey: string, rating: Rating, issueDate: IsoDate): DemoCertificate {
  const legalBasis = legalBasisForDate(issueDate);
  const level = expectedAuthorityLevel(rating.stars, legalBasis);
  return {
    key: context.nextKey(),
    productKey,
    stars: rating.stars,
    potentialFiveStar: rating.potentialFiveStar,
    score: scoreFor(context.random, rating),
    decisionNumber: decisionNumber(context, level, issueDate),
    decisionDate: issueDate,
    issueDate,
    expiryDate: certificateExpiry(issueDate),
    level,
    legalBasis,
    revokedAt: null,
    revocationReason: null,
  };
}

function revoke(context: CertificateContext, cert: DemoCertificate, revokedAt: IsoDate): DemoCertificate {
  return { ...cert, revokedAt, revocationReason: context.random.pick(REVOCATION_REASONS) };
}

function forced(context: CertificateContext, productKey: string, scenario: ForcedScenario): DemoCertificate[] {
  const { today } = context;
  switch (scenario) {
    case 'valid':
      return [certificate(context, productKey, { stars: 4, potentialFiveStar: false }, addDays(today, -365))];
    case 'expiring':
      return [certificate(context, productKey, { stars: 3, potentialFiveStar: false }, addDays(addMonths(today, -36), 30))];
    case 'expired':
      return [certificate(context, productKey, { stars: 3, potentialFiveStar: false }, addDays(addMonths(today, -36), -200))];
    case 'revoked':
      return [revoke(context, certificate(context, productKey, { stars: 3, potentialFiveStar: false }, addDays(today, -300)), addDays(today, -20))];
  }
}

/**
 * One Vietnamese product's certificate history, oldest first: a first rating spread over the
 * last six years; when it has expired, often a re-rating (sometimes a star higher) around its
 * expiry; now and then a revocation of the latest one, some of them in one batch.
 */
export function demoCertificates(context: CertificateContext, productKey: string, scenario?: ForcedScenario): DemoCertificate[] {
  if (scenario) return forced(context, productKey, scenario);
  const { random, today, window } = context;
  const first = certificate(context, productKey, pickRating(random), addDays(window.start, random.int(0, window.days)));
  const history = [first];

  if (first.expiryDate < today && random.chance(0.55)) {
    const renewedOn = addDays(first.expiryDate, random.int(-60, 200));
    if (renewedOn <= today) {
      const upgraded = first.stars === 3 && random.chance(0.25);
      const rating: Rating = upgraded ? { stars: 4, potentialFiveStar: false } : { stars: first.stars, potentialFiveStar: first.potentialFiveStar };
      history.push(certificate(context, productKey, rating, renewedOn));
    }
  }

  const latest = history[history.length - 1];
  if (latest && random.chance(0.03)) {
    const lastPossible = latest.expiryDate < today ? latest.expiryDate : today;
    const earliest = addDays(latest.issueDate, 30);
    if (earliest <= lastPossible) {
      const inBatch = BATCH_REVOCATION >= earliest && BATCH_REVOCATION <= lastPossible && random.chance(0.5);
      const revokedAt = inBatch ? BATCH_REVOCATION : addDays(earliest, random.int(0, daysBetween(earliest, lastPossible)));
      history[history.length - 1] = revoke(context, latest, revokedAt);
    }
  }
  return history;
}
