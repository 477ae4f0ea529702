import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '../../../server/http/app-error.ts';
import { FILE_LIMITS, IMAGE_VARIANTS, type FileVariantName, type MediaType } from '../limits.ts';

export interface PreparedVariant {
  variant: FileVariantName;
  mediaType: MediaType;
  width: number | null;
  height: number | null;
  data: Buffer;
  sha256: string;
}

export const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const invalidImage = () =>
  new AppError(422, 'invalid_image', { vi: 'Ảnh bị hỏng hoặc không đọc được', en: 'The image is damaged or cannot be read' });

const tooManyPixels = (width: number, height: number) =>
  new AppError(
    413,
    'image_too_large',
    {
      vi: `Ảnh quá lớn: ${width} × ${height} điểm ảnh, tối đa ${FILE_LIMITS.maxPixels / 1_000_000} triệu điểm ảnh`,
      en: `The image is too large: ${width} × ${height} pixels, at most ${FILE_LIMITS.maxPixels / 1_000_000} megapixels`,
    },
    { width, height, maxPixels: FILE_LIMITS.maxPixels },
  );

function encode(image: Sharp, mediaType: MediaType): Sharp {
  if (mediaType === 'image/png') return image.png({ compressionLevel: 9, adaptiveFiltering: true });
  if (mediaType === 'image/webp') return image.webp({ quality: 84 });
  return image.jpeg({ quality: 84, mozjpeg: true });
}

async function render(input: Buffer, variant: FileVariantName, mediaType: MediaType, quality?: number): Promise<PreparedVariant> {
  const { maxSide } = IMAGE_VARIANTS[variant];
  let image = sharp(input, { limitInputPixels: FILE_LIMITS.maxPixels, animated: false })
    .rotate() // upright from the EXIF orientation, which is then dropped with the rest
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
  image = quality ? image.webp({ quality }) : encode(image, mediaType);
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { variant, mediaType: quality ? 'image/webp' : mediaType, width: info.width, height: info.height, data, sha256: sha256Of(data) };
}

/**
 * Re-encodes an uploaded image and makes its renditions. Nothing of the upload's bytes is kept:
 * the pixels are decoded and written anew (which also drops anything appended to or hidden in
 * the file), turned upright, converted to sRGB, and every metadata block (EXIF with GPS
 * position and camera serial, XMP, comments) is left out. The size in pixels is judged from
 * the header before decoding, against FILE_LIMITS.maxPixels.
 */
export async function processImage(input: Buffer, mediaType: MediaType): Promise<{ width: number; height: number; variants: PreparedVariant[] }> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw invalidImage();
  }
  const { width, height } = metadata;
  if (!width || !height) throw invalidImage();
  if (width * height > FILE_LIMITS.maxPixels) throw tooManyPixels(width, height);
  const expected = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' }[mediaType as 'image/jpeg'];
  if (metadata.format !== expected) throw invalidImage();

  let original: PreparedVariant;
  try {
    original = await render(input, 'original', mediaType);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalidImage();
  }
  // The smaller renditions come from the re-encoded original: upright already, and smaller to decode.
  const [display, thumb] = await Promise.all([render(original.data, 'display', mediaType, 80), render(original.data, 'thumb', mediaType, 72)]);
  return { width: original.width!, height: original.height!, variants: [original, display, thumb] };
}
