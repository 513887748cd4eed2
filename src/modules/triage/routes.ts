/** HTTP route for the triage engine; mounted by the server under /api/v1/triage. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from '../../platform/schemas.ts';
import { assess } from './engine.ts';
import { AssessRequest, AssessResponse, type AssessRequestBody } from './schema.ts';

/**
 * Public and free to call (the patient form, a practice website, another system), so it is limited per
 * client: per signed-in person or API token when there is one, otherwise per address. A system behind
 * one token gets more room than one anonymous address; both get a 429 problem with Retry-After.
 */
export const ASSESS_LIMITS = { anonymousPerMinute: 30, signedInPerMinute: 120 } as const;

function clientKey(req: FastifyRequest): string {
  const actor = req.actor;
  if (actor?.tokenId) return `token:${actor.tokenId}`;
  if (actor?.staffId) return `staff:${actor.staffId}`;
  return `address:${req.ip}`;
}

export async function triageRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: AssessRequestBody }>(
    '/assess',
    {
      schema: {
        body: AssessRequest,
        response: { 200: AssessResponse, 400: Problem, 429: Problem },
        tags: ['triage'],
        summary: 'Assess a described problem: urgency, role, red flags, next step and self-help advice',
        description: `Public: no sign-in needed. Limited to ${ASSESS_LIMITS.anonymousPerMinute} requests a minute per address, or ${ASSESS_LIMITS.signedInPerMinute} per API token or signed-in person; over the limit the answer is 429 with Retry-After (seconds). Nothing is stored.`,
        // An empty security list overrides the document's default: this operation needs no credentials.
        security: [],
      },
      config: {
        public: true,
        rateLimit: {
          // After the auth hook (also preValidation, registered first), so a real token or session is its own
          // client; an invented Authorization header resolves to nobody and is limited by its address.
          hook: 'preValidation',
          keyGenerator: clientKey,
          max: (req: FastifyRequest) => (req.actor ? ASSESS_LIMITS.signedInPerMinute : ASSESS_LIMITS.anonymousPerMinute),
          timeWindow: '1 minute',
          errorResponseBuilder: (_req, context) => Object.assign(
            new Error(`You have asked for ${context.max} assessments in the last minute. Please wait ${Math.max(1, Math.ceil(context.ttl / 1000))} seconds and try again. If you need help now, call 111; in an emergency call 999.`),
            { statusCode: 429 },
          ),
        },
      },
    },
    async (req) => assess(req.body),
  );
}
