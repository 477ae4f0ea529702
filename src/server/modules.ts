import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from '../modules/accounts/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { catalogueRoutes } from '../modules/catalogue/routes.ts';
import { fairRoutes } from '../modules/fairs/routes.ts';
import { healthRoutes } from '../modules/health/routes.ts';

/** Every capability's routes; a new module adds its plugin here. */
export const moduleRoutes: FastifyPluginAsync[] = [healthRoutes, accountsRoutes, auditRoutes, catalogueRoutes, fairRoutes];
