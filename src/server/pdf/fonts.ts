import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { woffToSfnt } from './woff-to-sfnt.ts';

/**
 * Noto Sans from @fontsource/noto-sans. The package splits the font by script, as the web does
 * with unicode-range: Vietnamese needs the latin subset (A–Z, à, é…), the vietnamese one (ă, đ,
 * ơ, ư and the precomposed toned letters ạ…ỹ) and sometimes latin-ext. A PDF font has no such
 * fallback, so every piece of text is cut into runs, each set in the first subset that has a
 * glyph for its characters (see `textRuns`). pdfkit embeds a subset of each file it used.
 */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
export type FontWeight = 400 | 700;
export const WEIGHTS: readonly FontWeight[] = [400, 700];

interface LoadedFont {
  /** The name the font is registered under in each pdfkit document. */
  name: string;
  file: Buffer;
  font: Font;
}

const fontsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');

let loaded: Map<FontWeight, LoadedFont[]> | undefined;

/** Reads and unpacks the font files once per process; each document registers them anew. */
export function notoSans(): Map<FontWeight, LoadedFont[]> {
  if (loaded) return loaded;
  loaded = new Map(
    WEIGHTS.map((weight) => [
      weight,
      SUBSETS.map((subset) => {
        const file = woffToSfnt(fs.readFileSync(path.join(fontsDir, `noto-sans-${subset}-${weight}-normal.woff`)));
        return { name: `NotoSans-${weight}-${subset}`, file, font: create(file) };
      }),
    ]),
  );
  return loaded;
}

export interface TextRun {
  font: string;
  text: string;
}

/**
 * Cuts text into runs of one font each. Text is first composed (NFC) so that a letter typed as
 * base + combining marks uses the precomposed glyph. A space or punctuation mark that several
 * subsets have stays in the current run, so a line is cut only where the script changes.
 */
export function textRuns(text: string, weight: FontWeight): TextRun[] {
  const fonts = notoSans().get(weight)!;
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  let currentFont: LoadedFont | undefined;
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0)!;
    if (currentFont?.font.hasGlyphForCodePoint(codePoint)) {
      current!.text += char;
      continue;
    }
    // No subset has it (e.g. CJK): it falls back to the first, which draws a blank box.
    const font = fonts.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ?? fonts[0]!;
    currentFont = font;
    current = { font: font.name, text: char };
    runs.push(current);
  }
  return runs;
}

/** Whether every character of the text has a glyph in one of the embedded fonts. */
export function canRender(text: string, weight: FontWeight = 400): boolean {
  const fonts = notoSans().get(weight)!;
  return [...text.normalize('NFC')].every((char) => /\s/.test(char) || fonts.some((f) => f.font.hasGlyphForCodePoint(char.codePointAt(0)!)));
}

/** Registers every subset of both weights in a pdfkit document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const fonts of notoSans().values()) for (const { name, file } of fonts) doc.registerFont(name, file);
}
