import { randomBytes } from 'node:crypto';

/** 32 letters and digits, none that reads as another (no I, O, 0, 1): 5 bits a character. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CERTIFICATE_CODE_LENGTH = 20;

/** An unguessable certificate code: 20 characters, 100 random bits. */
export function newCertificateCode(): string {
  const bytes = randomBytes(CERTIFICATE_CODE_LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/** A code as typed or scanned: case, spaces and dashes do not matter. Null when it cannot be one. */
export function normaliseCertificateCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-9]{20}$/.test(code) ? code : null;
}
