import type { FastifyRequest } from 'fastify';
import type { Permission } from './permissions.ts';
import { DomainError } from './problems.ts';

/** The kinds of organisation in a network (the network module owns the organisations themselves). */
export type OrganisationKind = 'practice' | 'pcn' | 'hub' | 'nhs111' | 'social-care' | 'community' | 'voluntary' | 'external';

/** Who is making a request, acting for which organisation, with which permissions. */
export interface Actor {
  kind: 'staff' | 'system';
  networkId: string;
  staffId: string | null;
  tokenId: string | null;
  displayName: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  roles: string[];
  permissions: Set<Permission>;
  /**
   * A system trusted to trace any patient of the network: an API token made as an integration (NHS 111,
   * a hub's system) or the operator's command line. Every other actor obeys the relationship rule.
   */
  integration?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to anyone (login, health, the public triage form). Every other route needs a signed-in actor. */
    public?: boolean;
    /** The activity the actor must be allowed (any one of a list). */
    permission?: Permission | Permission[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

/** The signed-in actor of a route that is not public (the server's auth hook guarantees one). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('unauthenticated', 'identity/unauthenticated', 'Sign in to use this.');
  return req.actor;
}
