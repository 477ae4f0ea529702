import type { Language } from '../../../shared/localized.ts';

/** Joins the parts of a figure so a line never breaks inside it (no-break spaces only). */
const unbroken = (text: string): string => text.replace(/[\s\u202f]/g, '\u00a0');

export interface NumberFormat {
  integer(value: number): string;
  decimal(value: number, digits: number): string;
  /** A share (0.125) as a percentage (12,5 % / 12.5%). */
  percent(ratio: number, digits?: number): string;
  vnd(amount: number): string;
  /** Money on a chart axis or a tight card: 3,5 tỷ ₫ / ₫3.5B. */
  compactVnd(amount: number): string;
}

/**
 * The one way fairs' figures are written, on the web and in the closing report: Vietnamese
 * (1.500.000 ₫, 12,5 %) or English (₫1,500,000, 12.5%), and never wrapped mid-number.
 */
export function numberFormat(language: Language): NumberFormat {
  const locale = language === 'en' ? 'en-US' : 'vi-VN';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimal = (digits: number) => {
    let format = decimals.get(digits);
    if (format === undefined) decimals.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format;
  };
  const vnd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: language === 'en' ? 'short' : 'long', maximumFractionDigits: 1 });
  return {
    integer: (value) => unbroken(integer.format(value)),
    decimal: (value, digits) => unbroken(decimal(digits).format(value)),
    percent: (ratio, digits = 1) => unbroken(language === 'en' ? `${decimal(digits).format(ratio * 100)}%` : `${decimal(digits).format(ratio * 100)} %`),
    vnd: (amount) => unbroken(vnd.format(amount)),
    compactVnd: (amount) => unbroken(language === 'en' ? `₫${compact.format(amount)}` : `${compact.format(amount)} ₫`),
  };
}
