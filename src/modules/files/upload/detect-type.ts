import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../../server/http/app-error.ts';
import { MEDIA_TYPES, type MediaType } from '../limits.ts';

export const unsupportedType = (detected: string | null) =>
  new AppError(
    415,
    'unsupported_file_type',
    {
      vi: `Chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF${detected ? ` (tệp này là ${detected})` : ' (không nhận ra loại tệp)'}`,
      en: `Only JPEG, PNG and WebP images and PDF documents are accepted${detected ? ` (this file is ${detected})` : ' (the file type is not recognised)'}`,
    },
    { accepted: MEDIA_TYPES, detected },
  );

/**
 * The file's type read from its bytes (magic numbers), never from its name or the type the
 * client claims: an HTML page named photo.jpg, an SVG (which can carry script) or a renamed
 * executable are all refused here.
 */
export async function detectMediaType(bytes: Buffer): Promise<MediaType> {
  const type = await fileTypeFromBuffer(bytes);
  if (!type) throw unsupportedType(null);
  if (!(MEDIA_TYPES as readonly string[]).includes(type.mime)) throw unsupportedType(type.mime);
  return type.mime as MediaType;
}
