import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from '../modules/accounts/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { catalogueRoutes } from '../modules/catalogue/routes.ts';
import { fairRoutes } from '../modules/fairs/routes.ts';
import { fileRoutes } from '../modules/files/routes.ts';
import { healthRoutes } from '../modules/health/routes.ts';
import { notificationRoutes } from '../modules/notifications/routes.ts';
import { outletRoutes } from '../modules/outlets/routes.ts';
import { programmeRoutes } from '../modules/programme/routes.ts';
import { tourismRoutes } from '../modules/tourism/routes.ts';
import { trainingRoutes } from '../modules/training/routes.ts';
import { tradeRoutes } from '../modules/trade/routes.ts';

/** Every capability's routes; a new module adds its plugin here. */
export const moduleRoutes: FastifyPluginAsync[] = [healthRoutes, accountsRoutes, auditRoutes, catalogueRoutes, fairRoutes, outletRoutes, fileRoutes, notificationRoutes, tourismRoutes, tradeRoutes, programmeRoutes, trainingRoutes];
