/** HTTP route for the triage engine; mounted by the server under /api/v1/triage. */
import type { FastifyInstance } from 'fastify';
import { assess } from './engine.ts';
import { AssessRequest, AssessResponse, type AssessRequestBody } from './schema.ts';

export async function triageRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: AssessRequestBody }>(
    '/assess',
    {
      schema: {
        body: AssessRequest,
        response: { 200: AssessResponse },
        tags: ['triage'],
        summary: 'Assess a described problem: urgency, role, red flags, next step and self-help advice',
      },
      // Assessment is cheap, but the endpoint is public-facing (patient form): limit abuse.
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => assess(req.body),
  );
}
