import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../server/http/actor-of.ts';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { STAFF } from '../accounts/roles.ts';
import { IdParams } from '../../shared/schema-types.ts';
import { CuratedRoute, CuratedRouteInput, CuratedRouteList, MapPlaces, PlanRequest, PlanResponse, RouteKeyParams, Site, SiteInput, SiteKeyParams, SiteList, SiteListQuery } from './contract.ts';
import { createCuratedRoute, getCuratedRoute, listCuratedRoutes, updateCuratedRoute } from './curated/curated-routes.ts';
import { listMapPlaces } from './map/list-map-places.ts';
import { planDayRoute } from './planning/plan-day-route.ts';
import { listSites } from './sites/list-sites.ts';
import { createSite, updateSite } from './sites/save-site.ts';
import { findSiteRow, siteNotFound, toSite } from './sites/site-row.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['tourism'];
const isStaff = (role: string | undefined) => role !== undefined && STAFF.some((r) => r === role);
const Created = { 201: Type.Object({ id: Type.String(), slug: Type.String() }), ...errors };
const NoContent = { 204: Type.Null(), ...errors };

/** Tourism: the public map, tourist sites, day-route planning and curated routes (organizers manage them). */
export const tourismRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  // Read per request: an OSRM-compatible table service, when the deployment has one.
  const routingUrl = () => process.env.ROUTING_URL || undefined;

  app.get('/api/map/places', { config: { access: 'public', cache: true }, schema: { tags, summary: 'Everything on the public map: craft villages, points of sale, design centres, fairs running or coming, tourist sites', response: { 200: MapPlaces } } },
    async () => listMapPlaces(db));

  app.get('/api/tourism/sites', { config: { access: 'public', cache: true }, schema: { tags, summary: 'Tourist sites (staff: ?all=true includes unpublished ones)', querystring: SiteListQuery, response: { 200: SiteList, ...errors } } },
    async (request) => listSites(db, { ...(request.query.theme ? { theme: request.query.theme } : {}), includeUnpublished: request.query.all === true && isStaff(request.user?.role) }));

  app.get('/api/tourism/sites/:site', { config: { access: 'public', cache: true }, schema: { tags, summary: 'A tourist site', params: SiteKeyParams, response: { 200: Site, ...errors } } },
    async (request) => {
      const row = await findSiteRow(db, request.params.site);
      if (!row.published && !isStaff(request.user?.role)) throw siteNotFound();
      return toSite(row);
    });

  app.post('/api/tourism/sites', { config: { access: STAFF }, schema: { tags, summary: 'Add a tourist site', body: SiteInput, response: Created } },
    async (request, reply) => reply.status(201).send(await createSite(database, request.user, actorOf(request), request.body)));

  app.put('/api/tourism/sites/:site', { config: { access: STAFF }, schema: { tags, summary: "Replace a tourist site's record", params: SiteKeyParams, body: SiteInput, response: NoContent } },
    async (request, reply) => {
      await updateSite(database, request.user!, actorOf(request), request.params.site, request.body);
      return reply.status(204).send(null);
    });

  app.post('/api/tourism/plan', { config: { access: 'public' }, schema: { tags, summary: 'The best one-day route through the chosen places or a theme (opening hours of that date, travel by mode)', body: PlanRequest, response: { 200: PlanResponse, ...errors } } },
    async (request) => planDayRoute(db, request.body, routingUrl()));

  app.get('/api/tourism/routes', { config: { access: 'public', cache: true }, schema: { tags, summary: 'Curated routes (staff: unpublished ones too)', response: { 200: CuratedRouteList } } },
    async (request) => listCuratedRoutes(db, isStaff(request.user?.role)));

  app.get('/api/tourism/routes/:route', { config: { access: 'public', cache: true }, schema: { tags, summary: 'A curated route', params: RouteKeyParams, response: { 200: CuratedRoute, ...errors } } },
    async (request) => getCuratedRoute(db, request.params.route, isStaff(request.user?.role)));

  app.post('/api/tourism/routes', { config: { access: STAFF }, schema: { tags, summary: 'Add a curated route', body: CuratedRouteInput, response: Created } },
    async (request, reply) => reply.status(201).send(await createCuratedRoute(database, actorOf(request), request.body)));

  app.put('/api/tourism/routes/:id', { config: { access: STAFF }, schema: { tags, summary: 'Replace a curated route', params: IdParams, body: CuratedRouteInput, response: NoContent } },
    async (request, reply) => {
      await updateCuratedRoute(database, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    });
};
