import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const havePdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A PDF's text, page by page, read back by poppler (null where it is not installed; CI installs it). */
export function pdfPages(pdf: Buffer): string[] | null {
  if (!havePdftotext) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
