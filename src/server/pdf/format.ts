import type { Language } from '../../shared/localized.ts';
import { formatDate, formatDateTime, formatVnd } from '../../shared/format.ts';

// One formatter for dates and money, the web app's: dd/MM/yyyy, HH:mm in Hanoi time, VND with
// dots for thousands (1.250.000 ₫). Documents use the same so a report reads like its screen.
export { formatDate, formatDateTime, formatVnd };

/** A number with the thousands separator of the document's language: 12.345 / 12,345. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/**
 * The place and date line of a Vietnamese official document ("Hà Nội, ngày 05 tháng 03 năm
 * 2028"); in English "Hanoi, 05/03/2028".
 */
export function placeAndDate(place: string, isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-');
  return language === 'vi' ? `${place}, ngày ${day} tháng ${month} năm ${year}` : `${place}, ${day}/${month}/${year}`;
}

export const pageLabel = (page: number, pages: number, language: Language) =>
  language === 'vi' ? `Trang ${page}/${pages}` : `Page ${page}/${pages}`;
