import { DomainError } from '../../platform/problems.ts';
import type { Actor } from '../../platform/actor.ts';
import { ROLE_PERMISSIONS, type Permission, type StaffRole } from '../../platform/permissions.ts';

// Who may administer whom. Two rules, the same for every route and the CLI:
// 1. Scope: whoever holds network:manage (PCN manager, clinical director, administrator) acts across
//    the network; anyone else (a practice manager) acts only at the organisation they work for now.
// 2. No escalation: a role can be granted, or its holder managed, only by someone who already has
//    every administrative right that role carries. A practice manager can make another practice
//    manager but not a PCN manager; a PCN manager cannot make an administrator (tokens:manage).
//    Work permissions (patients:read, …) are not rights over others, so an administrator may give
//    the GP role without being a GP.

/** The permissions that are power over the network and other people's accounts. */
export const ADMINISTRATIVE_PERMISSIONS: readonly Permission[] = ['network:manage', 'organisation:manage', 'staff:manage', 'tokens:manage', 'audit:read', 'rota:manage', 'analytics:read'];

export class OutsideYourScope extends DomainError {
  constructor(pointer: string) {
    super('forbidden', 'identity/outside-your-organisation', 'You can only administer the organisation you are working for now. Ask your PCN manager or administrator.', {}, [{ pointer, detail: 'not your organisation' }]);
  }
}

export class MoreRightsThanYours extends DomainError {
  constructor(role: string, missing: Permission[], pointer: string) {
    super('forbidden', 'identity/role-above-yours', `The ${role} role carries rights you do not have (${missing.join(', ')}), so you cannot grant it or manage someone who holds it.`, { role, missing }, [{ pointer, detail: `needs ${missing.join(', ')}` }]);
  }
}

export class NotOnYourself extends DomainError {
  constructor(pointer = '/params/id') {
    super('forbidden', 'identity/not-on-yourself', 'You cannot change your own roles or deactivate your own account: ask another administrator.', {}, [{ pointer, detail: 'this is your own account' }]);
  }
}

export function actsAcrossNetwork(actor: Actor): boolean {
  return actor.permissions.has('network:manage');
}

export function mayAdministerOrganisation(actor: Actor, organisationId: string): boolean {
  return actsAcrossNetwork(actor) || actor.organisationId === organisationId;
}

/** The administrative rights a role carries that the actor lacks (empty: the actor may grant it). */
export function rightsMissingFor(actor: Actor, role: string): Permission[] {
  const carried = ROLE_PERMISSIONS[role as StaffRole] ?? [];
  return carried.filter((p) => ADMINISTRATIVE_PERMISSIONS.includes(p) && !actor.permissions.has(p));
}

/** Throws unless the actor may hold-or-remove `role` at `organisationId` for someone else. */
export function assertMayGrant(actor: Actor, grant: { organisationId: string; role: string }, pointers: { organisationId: string; role: string }) {
  if (!mayAdministerOrganisation(actor, grant.organisationId)) throw new OutsideYourScope(pointers.organisationId);
  const missing = rightsMissingFor(actor, grant.role);
  if (missing.length) throw new MoreRightsThanYours(grant.role, missing, pointers.role);
}

/**
 * Throws unless the actor may manage this account as a whole (deactivate it, issue a password link):
 * every role it holds must be one the actor could grant, where the actor could grant it. A practice
 * manager therefore cannot lock out a locum who also works for another practice, nor reset the
 * password of a PCN manager.
 */
export function assertMayManageAccount(actor: Actor, target: { staffId: string; roles: { organisationId: string; role: string }[] }) {
  if (target.staffId === actor.staffId) throw new NotOnYourself();
  if (!actsAcrossNetwork(actor) && !target.roles.some((r) => r.organisationId === actor.organisationId)) throw new OutsideYourScope('/params/id');
  for (const r of target.roles) assertMayGrant(actor, r, { organisationId: '/params/id', role: '/params/id' });
}

export class ScopeAboveYours extends DomainError {
  constructor(missing: string[]) {
    super('forbidden', 'identity/scope-above-yours', `A token can carry only what its maker may do; you may not ${missing.join(', ')}.`, { missing },
      [{ pointer: '/body/scopes', detail: `not yours to give: ${missing.join(', ')}` }]);
  }
}

export class IntegrationNeedsNetworkRights extends DomainError {
  constructor() {
    super('forbidden', 'identity/integration-needs-network-rights', 'Only someone who manages the network (network:manage) can make an integration token that may trace any patient.', {},
      [{ pointer: '/body/integration', detail: 'needs network:manage' }]);
  }
}

/**
 * Tokens with a ceiling: a token carries no scope its maker lacks, is made only for an organisation
 * the maker administers, and only a network manager may make an integration (a token that traces any
 * patient of the network rather than obeying the relationship rule).
 */
export function assertTokenWithinYourRights(actor: Actor, body: { organisationId: string; scopes: readonly string[]; integration?: boolean }) {
  if (!mayAdministerOrganisation(actor, body.organisationId)) throw new OutsideYourScope('/body/organisationId');
  const missing = body.scopes.filter((s) => !actor.permissions.has(s as Permission));
  if (missing.length) throw new ScopeAboveYours(missing);
  if (body.integration && !actsAcrossNetwork(actor)) throw new IntegrationNeedsNetworkRights();
}
