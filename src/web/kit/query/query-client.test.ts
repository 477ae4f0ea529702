import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { shouldRetry } from './query-client.ts';

describe('retrying a failed query', () => {
  it('never retries a refusal (4xx): the same request gets the same answer', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(shouldRetry(0, new ApiError(status, 'x', 'x'))).toBe(false);
  });

  it('retries a lost connection or a server fault once', () => {
    for (const error of [new ApiError(0, 'network_error', 'offline'), new ApiError(503, 'internal_error', 'down')]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(1, error)).toBe(false);
    }
  });
});
