import type { FastifyPluginAsync } from 'fastify';
import { certificateRoutes } from './certificates/routes.ts';
import { craftVillageRoutes } from './craft-villages/routes.ts';
import { importExportRoutes } from './import-run/routes.ts';
import { producerRoutes } from './producers/routes.ts';
import { productRoutes } from './products/routes.ts';
import { verifyRoutes } from './verify/routes.ts';

export const catalogueRoutes: FastifyPluginAsync = async (app) => {
  await app.register(productRoutes);
  await app.register(producerRoutes);
  await app.register(certificateRoutes);
  await app.register(craftVillageRoutes);
  await app.register(verifyRoutes);
  await app.register(importExportRoutes);
};
