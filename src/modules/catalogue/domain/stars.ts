import table from './ocop-categories.json' with { type: 'json' };

/** The 1–5 star tier a 100-point score falls in. */
export type StarRating = 1 | 2 | 3 | 4 | 5;

/** Only 3★ and above are OCOP products and may carry the mark. */
export type OcopStars = 3 | 4 | 5;

export const CERTIFIED_FROM_STARS: OcopStars = 3;

/** Lowest score of each tier, highest tier first (90 → 5★, 70 → 4★, 50 → 3★, 30 → 2★, 0 → 1★). */
export const STAR_TIERS: readonly { stars: StarRating; min: number }[] = table.starTiers.map((tier) => {
  if (!isStarRating(tier.stars)) throw new Error(`Unexpected star tier ${tier.stars}`);
  return { stars: tier.stars, min: tier.min };
});

export function isStarRating(value: number): value is StarRating {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export function isOcopStars(value: number): value is OcopStars {
  return value === 3 || value === 4 || value === 5;
}

/**
 * The star tier of a score on the 100-point scale. Tiers are closed at the bottom: 70 is 4★ and
 * 69.5 is still 3★ (councils publish whole points; fractions are not rounded up).
 * Throws RangeError outside 0–100.
 */
export function starsForScore(score: number): StarRating {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`An OCOP score is between 0 and 100, got ${score}`);
  }
  const tier = STAR_TIERS.find((t) => score >= t.min);
  return tier ? tier.stars : 1;
}
