/** What the file service accepts, in one place: the errors and the README quote these. */

export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const FILE_KINDS = ['image', 'document'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const VARIANTS = ['original', 'display', 'thumb'] as const;
export type FileVariantName = (typeof VARIANTS)[number];

export type Visibility = 'public' | 'private';

export const KIND_OF: Record<MediaType, FileKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'application/pdf': 'document',
};

export const EXTENSION_OF: Record<MediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

export const FILE_LIMITS = {
  /** Largest file accepted, images and documents alike (a phone photo is 2–6 MB). */
  maxBytes: 10 * 1024 * 1024,
  /** Files in one upload request. */
  maxFilesPerRequest: 6,
  /**
   * Largest image in pixels, judged from the header before anything is decoded: a 50 KB PNG can
   * claim 30,000 × 30,000 pixels and take gigabytes to decode (a decompression bomb).
   */
  maxPixels: 50_000_000,
  /** Uploads waiting for their form to be saved, per user: bytes and how long they wait. */
  maxStagedBytesPerUser: 200 * 1024 * 1024,
  stagedLifetimeHours: 24,
} as const;

/** The renditions made of every image at upload (computed once, never regenerated in place). */
export const IMAGE_VARIANTS = {
  /** The upload itself re-encoded: turned upright, metadata (GPS, camera) removed, bounded. */
  original: { maxSide: 3200 },
  /** For pages: product detail, galleries. */
  display: { maxSide: 1280 },
  /** For cards and lists. */
  thumb: { maxSide: 400 },
} as const;

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
