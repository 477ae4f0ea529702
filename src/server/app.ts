import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuthentication } from '../modules/accounts/authenticate.ts';
import './app-context.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { registerReadCache } from './cache/register-read-cache.ts';
import { registerAccessControl } from './http/access.ts';
import { AppError } from './http/app-error.ts';
import { registerReadRetry } from './http/connection-loss.ts';
import { registerErrorHandler, sendError } from './http/error-handler.ts';
import { registerInputGuards } from './http/input-guards.ts';
import { registerOriginCheck } from './http/origin-check.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerJsonBodyParser } from './http/json-body-parser.ts';
import { registerValidatorCompiler } from './http/validator-compiler.ts';
import { moduleRoutes } from './modules.ts';
import { registerCompression, registerWebApp, WEB_DIST_DIR } from './web-app.ts';

export interface AppOptions {
  database: Database;
  config: Config;
  logger?: boolean;
  /** Folder of the built web app; tests of the API alone leave it out. */
  webDistDir?: string | null;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: options.config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    // Errors raised by the router before any hook (bad URL encoding, over-long params).
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      void sendError(request, reply, new AppError(status, 'bad_url', { vi: 'Đường dẫn không hợp lệ', en: 'The URL is malformed' }));
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('database', options.database);
  app.decorate('config', options.config);

  registerValidatorCompiler(app);
  registerJsonBodyParser(app);
  registerErrorHandler(app);
  registerReadRetry(app);
  await registerSecurityHeaders(app, options.config);
  registerOriginCheck(app, options.config);
  await registerCompression(app);
  await app.register(fastifyCookie);
  registerAuthentication(app);
  registerAccessControl(app);
  registerInputGuards(app);
  await registerReadCache(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OCOP Connect API',
        version: '1',
        description:
          "API of Hanoi's OCOP programme platform. Errors always have the shape " +
          '{"error":{"code","message","details"}}; messages follow Accept-Language (vi or en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ocop_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  for (const routes of moduleRoutes) await app.register(routes);
  await registerWebApp(app, options.webDistDir === undefined ? WEB_DIST_DIR : options.webDistDir);
  await app.ready();
  return app;
}
