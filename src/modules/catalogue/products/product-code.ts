import { randomBytes } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a code read aloud or retyped from a label survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new public product code, e.g. `7K3M-9QX2`: 40 random bits, printed on labels and in QR codes. */
export function newProductCode(): string {
  const chars = Array.from(randomBytes(8), (byte) => ALPHABET[byte % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Accepts a code as people type it: any case, with or without the dash; I/L read as 1, O as 0. */
export function normaliseProductCode(text: string): string {
  const clean = text.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return `${clean.slice(0, 4)}-${clean.slice(4, 8)}`;
}
