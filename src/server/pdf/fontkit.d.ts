// The little of fontkit (pdfkit's own font engine) that the PDF kit uses: it ships no types.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
