// What is on stage now and what comes next, by the web app's one clock (src/web/clock.ts sets it
// to the server's), re-read every minute; the page re-renders only when the answer changes.
import { useEffect, useState } from 'react';
import type { ProgrammeItem } from '../../../../modules/fairs/contract.ts';
import { clock } from '../../../../shared/time/clock.ts';

export interface ProgrammeStatus {
  /** Items under way (one per stage at most, but stages may run side by side). */
  now: readonly string[];
  /** The items that start next, all those starting at that same moment. */
  next: readonly string[];
}

export const NO_STATUS: ProgrammeStatus = { now: [], next: [] };

export function programmeStatus(items: readonly Pick<ProgrammeItem, 'id' | 'startsAt' | 'endsAt'>[], at: Date): ProgrammeStatus {
  const time = at.getTime();
  const now: string[] = [];
  let nextStart = Infinity;
  let next: string[] = [];
  for (const item of items) {
    const start = Date.parse(item.startsAt);
    const end = Date.parse(item.endsAt);
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    if (start <= time && time < end) now.push(item.id);
    else if (start > time) {
      if (start < nextStart) {
        nextStart = start;
        next = [item.id];
      } else if (start === nextStart) next.push(item.id);
    }
  }
  return { now: now.sort(), next: next.sort() };
}

const sameStatus = (a: ProgrammeStatus, b: ProgrammeStatus) => a.now.join() === b.now.join() && a.next.join() === b.next.join();

export function useProgrammeStatus(items: readonly ProgrammeItem[] | undefined, everyMs = 60_000): ProgrammeStatus {
  const [status, setStatus] = useState<ProgrammeStatus>(() => (items ? programmeStatus(items, clock.now()) : NO_STATUS));
  useEffect(() => {
    if (!items) return;
    const update = () => {
      const fresh = programmeStatus(items, clock.now());
      setStatus((previous) => (sameStatus(previous, fresh) ? previous : fresh));
    };
    update();
    const timer = setInterval(update, everyMs);
    return () => clearInterval(timer);
  }, [items, everyMs]);
  return status;
}
