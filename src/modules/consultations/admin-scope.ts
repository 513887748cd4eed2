import type { Actor } from '../../platform/actor.ts';
import { Forbidden } from '../../platform/problems.ts';

// Who may work which requests. Clinicians (consultations:triage) work the whole network queue.
// Reception and admin staff (consultations:admin) work admin requests routed to the admin team
// (assigned role 'admin': fit notes, repeat prescriptions, letters, test results) of the practice they
// are working for: admin work is done by the patient's own practice, which holds the records it needs.
// An admin request the engine found urgent is routed to a clinician and so is not theirs.

export type QueueScope = { kind: 'all' } | { kind: 'admin'; practiceId: string };

export function queueScopeOf(actor: Actor): QueueScope {
  if (actor.permissions.has('consultations:triage')) return { kind: 'all' };
  return { kind: 'admin', practiceId: actor.organisationId };
}

export class AdminRequestsOnly extends Forbidden {
  constructor() {
    super('consultations/admin-requests-only', 'You can open and work admin requests for the practice you are working for. Clinical requests are for clinicians.');
  }
}

/** Refuses a request outside the caller's scope (403 naming why). */
export function assertInScope(actor: Actor, row: { assigned_role: string; assigned_practice_id: string }) {
  const scope = queueScopeOf(actor);
  if (scope.kind === 'admin' && (row.assigned_role !== 'admin' || row.assigned_practice_id !== scope.practiceId)) throw new AdminRequestsOnly();
}
