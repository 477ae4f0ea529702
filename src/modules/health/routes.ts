import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sql } from 'drizzle-orm';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['platform'],
      summary: 'Liveness with a database round trip (for load balancers)',
      response: {
        200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]) }),
      },
    },
  }, async () => {
    await app.database.db.execute(sql`SELECT 1`);
    return { status: 'ok' as const, database: app.database.kind };
  });
};
