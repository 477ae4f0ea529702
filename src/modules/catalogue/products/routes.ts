import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { unauthorized } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { IdParams } from '../../../shared/schema-types.ts';
import { clock } from '../../../shared/time/clock.ts';
import { STAFF } from '../../accounts/roles.ts';
import { CertificateInput, ProductDetail, ProductInput, ProductList, ProductListQuery, ProductUpdate, WhereToBuy } from '../contract.ts';
import { addCertificate } from '../certificates/add-certificate.ts';
import { createProduct } from './create-product.ts';
import { getProduct } from './get-product.ts';
import { listProducts } from './list-products.ts';
import { updateProduct } from './update-product.ts';
import { whereToBuy } from './where-to-buy.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const Created = Type.Object({ id: Type.String(), code: Type.Optional(Type.String()) });

export const productRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/products', {
    config: { access: 'public', cache: true },
    schema: {
      tags: ['catalogue'],
      summary: 'Search and filter OCOP products (accent-, case- and typo-insensitive search)',
      querystring: ProductListQuery,
      response: { 200: ProductList, 400: ErrorResponse },
    },
  }, async (request) => listProducts(database.db, request.query, clock.today()));

  app.get('/api/products/:id', {
    config: { access: 'public', cache: true },
    schema: { tags: ['catalogue'], summary: 'A product with its certificate history', params: IdParams, response: { 200: ProductDetail, ...errors } },
  }, async (request) => getProduct(database.db, { id: request.params.id }, clock.today()));

  app.get('/api/products/:id/where-to-buy', {
    config: { access: 'public', cache: true },
    schema: {
      tags: ['catalogue'],
      summary: "Where to buy the product today: running fairs' stalls and open points of sale holding it, with links",
      params: IdParams,
      response: { 200: WhereToBuy, ...errors },
    },
  }, async (request) => whereToBuy(database.db, request.params.id, clock.today()));

  app.post('/api/products', {
    config: { access: [...STAFF, 'producer'] },
    schema: { tags: ['catalogue'], summary: 'Add a product (a producer adds to its own producer only)', body: ProductInput, response: { 201: Created, ...errors } },
  }, async (request, reply) => {
    if (!request.user) throw unauthorized();
    return reply.status(201).send(await createProduct(database, request.user, actorOf(request), request.body));
  });

  app.patch('/api/products/:id', {
    config: { access: [...STAFF, 'producer'] },
    schema: { tags: ['catalogue'], summary: 'Change a product (a producer changes its own only)', params: IdParams, body: ProductUpdate, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    if (!request.user) throw unauthorized();
    await updateProduct(database, request.user, actorOf(request), request.params.id, request.body);
    return reply.status(204).send(null);
  });

  app.post('/api/products/:id/certificates', {
    config: { access: STAFF },
    schema: { tags: ['catalogue'], summary: 'Record an OCOP certificate (expiry = issue + 36 months)', params: IdParams, body: CertificateInput, response: { 201: Created, ...errors } },
  }, async (request, reply) => reply.status(201).send(await addCertificate(database, actorOf(request), request.params.id, request.body)));
};
