import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.ts';

/** What every module's routes receive: the database and a clock tests can move. */
export interface AppDeps {
  db: Db;
  engine: 'pglite' | 'postgres';
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** A module's routes plugin, registered under /api/v1/<module>. */
export type ModuleRoutes = (app: FastifyInstance) => Promise<void>;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<TypeBoxTypeProvider>();
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Send cookies with Secure (behind HTTPS). */
    secureCookies: boolean;
  }
}
