import path from 'node:path';
import { EXTENSION_OF, KIND_OF, type FileKind, type MediaType } from '../limits.ts';
import { checkPdf } from './check-pdf.ts';
import { detectMediaType } from './detect-type.ts';
import { processImage, sha256Of, type PreparedVariant } from './process-image.ts';
import type { ReceivedFile } from './read-upload.ts';

/** An upload checked and converted, ready to be stored. */
export interface PreparedFile {
  name: string;
  kind: FileKind;
  mediaType: MediaType;
  width: number | null;
  height: number | null;
  variants: PreparedVariant[];
}

/**
 * A name for people: the client's name without any folder part or control characters, at most
 * 255 characters, ending with the extension of the type found in the content ("scan.png" that
 * is a JPEG becomes "scan.jpg").
 */
export function cleanFileName(name: string, mediaType: MediaType): string {
  const base = path.posix.basename(name.normalize('NFC').replace(/\\/g, '/')).replace(/\p{Cc}|"/gu, '').trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 240).trim() || 'tep';
  return `${stem}.${EXTENSION_OF[mediaType]}`;
}

export async function prepareUpload(file: ReceivedFile): Promise<PreparedFile> {
  const mediaType = await detectMediaType(file.bytes);
  const name = cleanFileName(file.name, mediaType);
  if (KIND_OF[mediaType] === 'document') {
    checkPdf(file.bytes);
    const original: PreparedVariant = { variant: 'original', mediaType, width: null, height: null, data: file.bytes, sha256: sha256Of(file.bytes) };
    return { name, kind: 'document', mediaType, width: null, height: null, variants: [original] };
  }
  const image = await processImage(file.bytes, mediaType);
  return { name, kind: 'image', mediaType, width: image.width, height: image.height, variants: image.variants };
}
