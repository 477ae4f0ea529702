import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Uuid } from '../../shared/schema-types.ts';
import { FILE_KINDS, MEDIA_TYPES, VARIANTS } from './limits.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const FileInfo = Type.Object({
  id: Uuid,
  kind: StringEnum(FILE_KINDS),
  mediaType: StringEnum(MEDIA_TYPES, { description: 'Found from the content, not the name' }),
  name: Type.String(),
  byteSize: Type.Integer({ description: 'Of the stored original (images are re-encoded)' }),
  sha256: Type.String({ description: 'SHA-256 of the stored original' }),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  visibility: StringEnum(['public', 'private'] as const),
  attached: Type.Boolean({ description: 'False while the upload waits for its form to be saved' }),
  url: Type.String({ description: 'The reference a record stores; serves the default rendition' }),
  thumbnailUrl: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});
export type FileInfo = Static<typeof FileInfo>;

export const UploadResult = Type.Object({ files: Type.Array(FileInfo) });

export const UploadQuery = Type.Object(
  {
    for: Type.Optional(
      Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$', description: 'The kind of record the files are for (e.g. product): its rules apply at once' }),
    ),
  },
  { additionalProperties: false },
);

export const VariantParams = Type.Object({ id: Uuid, variant: StringEnum(VARIANTS) }, { additionalProperties: false });

export const ServeQuery = Type.Object(
  { download: Type.Optional(Type.Boolean({ description: 'Content-Disposition: attachment instead of inline' })) },
  { additionalProperties: false },
);
