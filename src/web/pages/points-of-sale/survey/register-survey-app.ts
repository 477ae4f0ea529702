/**
 * Installs the survey app's service worker (built by vite-plugin-pwa) so the surveyor's pages
 * open without a connection. Only the survey pages register it: the rest of the site never
 * depends on it. Without a built worker (development, API tests) nothing happens.
 */
export function registerSurveyApp(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
