import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.ts';
import { listMigrations } from '../db/migrate.ts';
import { DATABASE_RETRY_AFTER_SECONDS } from '../platform/database-unavailable.ts';
import { DomainError } from '../platform/problems.ts';

const Health = Type.Object({ status: Type.Literal('ok'), database: Type.Enum(['pglite', 'postgres']) });

/**
 * Liveness (GET /api/v1/health): the process answers; it never touches the database, so a database
 * outage does not make an orchestrator restart every server. Readiness (GET /api/v1/health/ready):
 * the database answers and every migration this version ships is applied; load balancers send
 * traffic only to a server that is ready.
 */
export async function healthRoutes(app: FastifyInstance, { database }: { database: Database }) {
  app.get('/api/v1/health', {
    schema: { tags: ['health'], summary: 'Liveness: the server process answers', description: 'Answers 200 while the process runs, without touching the database. Point a liveness probe here.', response: { 200: Health } },
    config: { public: true },
  }, async () => ({ status: 'ok' as const, database: database.engine }));

  app.get('/api/v1/health/ready', {
    schema: {
      tags: ['health'], summary: 'Readiness: the database answers and its migrations are applied',
      description: 'Answers 200 when the database answers and every migration of this version is applied; 503 (problem+json) otherwise. Point the load balancer\'s health check here.',
      response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.Enum(['pglite', 'postgres']), migrations: Type.Integer({ description: 'migrations applied' }) }) },
    },
    config: { public: true },
  }, async (_req, reply) => {
    let applied: Set<string>;
    try {
      const rows = await database.db.selectFrom('schema_migration').select('name').execute();
      applied = new Set(rows.map((r) => r.name));
    } catch {
      // A load balancer or client may poll again after this long (the same figure as every other 503).
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      throw new NotReady('database-unreachable', 'The database does not answer, or has no migrations table yet.');
    }
    const missing = listMigrations().filter((m) => !applied.has(m.name)).map((m) => m.name);
    if (missing.length) throw new NotReady('migrations-pending', `${missing.length} migration(s) not applied yet: ${missing.join(', ')}. Run "commons migrate".`);
    return { status: 'ready' as const, database: database.engine, migrations: applied.size };
  });
}

class NotReady extends DomainError {
  constructor(code: string, message: string) {
    super('unavailable', `health/${code}`, message);
  }
}
