// Error codes the web app has its own words for: `errors.<code>` in vi.json and en.json (the
// i18n test checks each one). Any other code shows the server's message, which already comes
// in the UI language. Pure data: the i18n test imports it in Node.

/** Codes the client itself produces (no answer, or an answer that is not the API's JSON). */
export const CLIENT_ERROR_CODES = ['network_error', 'unexpected_response'] as const;

/** Server codes (src/modules/**, src/server/http/**) with a text of their own in the web app. */
export const SERVER_ERROR_CODES = [
  'invalid_credentials',
  'too_many_attempts',
  'unauthorized',
  'forbidden',
  'not_found',
  'validation_failed',
  'conflict',
  'wrong_password',
  'cannot_change_own_access',
  'internal_error',
  // Fairs (src/modules/fairs)
  'certificate_not_valid_for_fair',
  'wrong_zone',
  'too_many_stalls',
  'already_applied',
  'applications_closed',
  'stall_taken',
  'enough_stalls',
  'application_not_approved',
  'hold_expired',
  'stage_busy',
  'stalls_assigned',
  'not_a_fair_day',
  'no_confirmed_stall',
  'bad_dates',
  'bad_hours',
  'bad_times',
  'reason_required',
  'stalls_not_adjacent',
  'stall_unavailable',
  'product_not_shown',
  'not_your_products',
  'wrong_stall_count',
  'producer_required',
  'unknown_applications',
] as const;

export const KNOWN_ERROR_CODES = [...CLIENT_ERROR_CODES, ...SERVER_ERROR_CODES] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];
