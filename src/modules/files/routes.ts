import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../server/http/actor-of.ts';
import { unauthorized } from '../../server/http/app-error.ts';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { IdParams } from '../../shared/schema-types.ts';
import type { Role } from '../accounts/roles.ts';
import { FileInfo, ServeQuery, UploadQuery, UploadResult, VariantParams } from './contract.ts';
import { deleteStagedFile } from './delete-staged-file.ts';
import { toFileInfo } from './file-info.ts';
import { getFile, getVariant } from './get-file.ts';
import { FILE_LIMITS, megabytes } from './limits.ts';
import { sendFile } from './send-file.ts';
import { uploadFiles } from './upload-files.ts';
import { readUpload } from './upload/read-upload.ts';
import './purge-staged-files-job.ts';

/** Who uploads: programme staff, surveyors (point-of-sale photos) and producers. */
export const UPLOADERS: readonly Role[] = ['admin', 'organizer', 'surveyor', 'producer'];

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

export const fileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  // Multipart only here, for the upload route below.
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });

  app.post('/api/files', {
    config: { access: UPLOADERS },
    schema: {
      tags: ['files'],
      summary: 'Upload photos or documents (multipart/form-data): every file or none',
      description:
        `JPEG, PNG, WebP images and PDF documents, judged from their content; at most ${megabytes(FILE_LIMITS.maxBytes)} and ` +
        `${FILE_LIMITS.maxFilesPerRequest} files per request, images at most ${FILE_LIMITS.maxPixels / 1_000_000} megapixels. Images are ` +
        're-encoded (upright, without metadata such as GPS) with display and thumbnail renditions. The files stay private to ' +
        `the uploader until a record is saved with their url; unsaved ones are removed after ${FILE_LIMITS.stagedLifetimeHours} hours.`,
      querystring: UploadQuery,
      response: { 201: UploadResult, ...errors, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse },
    },
  }, async (request, reply) => {
    if (!request.user) throw unauthorized();
    const received = await readUpload(request);
    const files = await uploadFiles(database, request.user, actorOf(request), received, request.query.for);
    return reply.status(201).send({ files });
  });

  app.get('/api/files/:id/info', {
    config: { access: 'public' },
    schema: { tags: ['files'], summary: 'What a file is (type, size, pixels, urls); private files to those who may see their record', params: IdParams, response: { 200: FileInfo, ...errors } },
  }, async (request) => toFileInfo(await getFile(database.db, request.user, request.params.id)));

  app.get('/api/files/:id', {
    config: { access: 'public' },
    schema: {
      tags: ['files'],
      summary: 'A file: the display rendition of an image, a document itself (ETag, 304, cached a year when public)',
      params: IdParams,
      querystring: ServeQuery,
      response: { 200: Binary, ...errors },
    },
  }, async (request, reply) => {
    const { file, variant } = await getVariant(database.db, request.user, request.params.id);
    return sendFile(database, request, reply, file, variant, request.query.download ?? false);
  });

  app.get('/api/files/:id/:variant', {
    config: { access: 'public' },
    schema: {
      tags: ['files'],
      summary: 'A rendition of a file: original, display (≤ 1280 px) or thumb (≤ 400 px)',
      params: VariantParams,
      querystring: ServeQuery,
      response: { 200: Binary, ...errors },
    },
  }, async (request, reply) => {
    const { file, variant } = await getVariant(database.db, request.user, request.params.id, request.params.variant);
    return sendFile(database, request, reply, file, variant, request.query.download ?? false);
  });

  app.delete('/api/files/:id', {
    config: { access: UPLOADERS },
    schema: { tags: ['files'], summary: 'Discard an upload not yet saved with its form', params: IdParams, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    if (!request.user) throw unauthorized();
    await deleteStagedFile(database, request.user, actorOf(request), request.params.id);
    return reply.status(204).send(null);
  });
};
