import { badRequest } from '../../../server/http/app-error.ts';
import type { StallRect } from './stall-overlaps.ts';

/**
 * Farther than this from every other stall, a stall has left the plan (dragged off by mistake):
 * a street's two rows face each other 8 m apart, and a service point stands a metre off a row.
 */
export const DETACHED_METRES = 10;

const gap = (a: StallRect, b: StallRect): number => {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.depth), a.y - (b.y + b.depth));
  return Math.hypot(dx, dy);
};

/** Whether `stall` is cut off from the rest of the plan (`others`; a plan of one stall never is). */
export function isDetached(stall: StallRect, others: readonly StallRect[]): boolean {
  return others.length > 0 && others.every((other) => gap(stall, other) > DETACHED_METRES);
}

/** 400 naming the stall, in the request's language. */
export const stallDetached = (stall: StallRect) => badRequest('stall_detached', {
  vi: `Gian hàng ${stall.code} cách mọi gian khác hơn ${DETACHED_METRES} m: hãy đặt nó vào dãy hoặc cạnh một gian`,
  en: `Stall ${stall.code} is more than ${DETACHED_METRES} m from every other stall: put it back in a row or beside a stall`,
}, { stall: stall.code });
