import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { clock } from '../../../shared/time/clock.ts';
import { GeoJsonPoints, PointKeyParams, PublicPointDetail, PublicPointList, PublicPointQuery } from '../contract.ts';
import { getPublicPoint } from '../public/get-public-point.ts';
import { listPublicPoints, toGeoJson } from '../public/list-public-points.ts';
import { errors, tags } from './route-helpers.ts';

/** What the public sees: the points it may visit, as a list or GeoJSON, and each point's page. */
export const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;

  app.get('/api/points-of-sale', { config: { access: 'public', cache: true }, schema: { tags, summary: 'Opened and operating points (names, kind, status, coordinates, hours, open now); ?format=geojson for GeoJSON', querystring: PublicPointQuery, response: { 200: Type.Union([PublicPointList, GeoJsonPoints]), ...errors } } },
    async (request, reply) => {
      const list = await listPublicPoints(db, request.query, clock.now());
      if (request.query.format === 'geojson') return reply.type('application/geo+json').send(toGeoJson(list.items));
      return list;
    });

  app.get('/api/points-of-sale/:point', { config: { access: 'public', cache: true }, schema: { tags, summary: "A point's public page: hours, open now (Vietnam time), directions, products with certificate status", params: PointKeyParams, response: { 200: PublicPointDetail, ...errors } } },
    async (request) => getPublicPoint(db, request.params.point, clock.now(), clock.today()));
};
