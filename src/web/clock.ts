// The web app's clock follows the server's: the server writes its "now" into index.html
// (<meta name="ocop-now">), so a server with a pinned clock (demo, tests) and the pages it serves
// agree on what "today" is. Without the tag (the Vite dev server) real time applies.
import { runningClockFrom, setClock } from '../shared/time/clock.ts';

export function followServerClock(doc: Document = document): void {
  const serverNow = doc.querySelector<HTMLMetaElement>('meta[name="ocop-now"]')?.content;
  if (serverNow && !Number.isNaN(Date.parse(serverNow))) setClock(runningClockFrom(serverNow));
}
