import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { StringEnum } from '../../../shared/schema-types.ts';
import { clock } from '../../../shared/time/clock.ts';
import { CodeParams, VerifyResult } from '../contract.ts';
import { getProduct } from '../products/get-product.ts';
import { normaliseProductCode } from '../products/product-code.ts';
import { productQrPng, productQrSvg, verifyUrl } from './product-qr.ts';
import { verifyProductCode } from './verify-product-code.ts';

export const verifyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/verify/:code', {
    config: { access: 'public', cache: true },
    schema: {
      tags: ['catalogue'],
      summary: 'Is the OCOP mark of this product code valid today?',
      params: CodeParams,
      response: { 200: VerifyResult, 400: ErrorResponse, 404: ErrorResponse },
    },
  }, async (request) => verifyProductCode(database.db, request.params.code, clock.today()));

  app.get('/api/verify/:code/qr', {
    config: { access: 'public' },
    schema: {
      tags: ['catalogue'],
      summary: 'QR code (SVG or PNG) that opens the certificate check of a product',
      params: CodeParams,
      querystring: Type.Object({ format: Type.Optional(StringEnum(['svg', 'png'] as const)) }, { additionalProperties: false }),
      response: {
        200: Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description: 'image/svg+xml or image/png' }),
        400: ErrorResponse,
        404: ErrorResponse,
      },
    },
  }, async (request, reply) => {
    const product = await getProduct(database.db, { code: normaliseProductCode(request.params.code) }, clock.today());
    const url = verifyUrl(app.config.publicUrl, product.code);
    reply.header('cache-control', 'public, max-age=86400');
    if (request.query.format === 'png') return reply.type('image/png').send(await productQrPng(url));
    return reply.type('image/svg+xml').send(await productQrSvg(url));
  });
};
