import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ensureShippedCriteria } from './criteria/ensure-shipped-criteria.ts';
import { criteriaRoutes } from './routes/criteria-routes.ts';
import { pointRoutes } from './routes/point-routes.ts';
import { publicRoutes } from './routes/public-routes.ts';
import { salesRoutes } from './routes/sales-routes.ts';
import { stockRoutes } from './routes/stock-routes.ts';
import { supportOpeningRoutes } from './routes/support-opening-routes.ts';
import { surveyRoutes } from './routes/survey-routes.ts';

/** Points of introduction and sale: the back office under /api/outlets, the public under /api/points-of-sale. */
export const outletRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await ensureShippedCriteria(app.database);
  await app.register(pointRoutes);
  await app.register(criteriaRoutes);
  await app.register(surveyRoutes);
  await app.register(stockRoutes);
  await app.register(supportOpeningRoutes);
  await app.register(salesRoutes);
  await app.register(publicRoutes);
};
