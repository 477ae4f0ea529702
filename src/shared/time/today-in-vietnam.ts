/**
 * Today's date in Vietnam (UTC+7, no daylight saving), as yyyy-MM-dd. Certificate validity is a
 * matter of Vietnamese calendar days, whatever the server's time zone.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
