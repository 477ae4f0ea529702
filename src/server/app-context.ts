import type { Config } from './config.ts';
import type { Database } from './db/database.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
  }
}
