import { Type } from 'typebox';
import { Closed, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { STAFF_ROLES } from '../../platform/permissions.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './staff-accounts.ts';

const Role = Type.Union(STAFF_ROLES.map((r) => Type.Literal(r)), { description: 'a staff role (GET /api/v1/network lists them with their labels)' });
export const RoleGrant = Closed({ organisationId: Uuid('the organisation the role is held at'), role: Role });

export const StaffAccountView = Type.Object({
  id: Uuid(),
  displayName: Type.String(),
  email: Type.String(),
  status: Type.Union([Type.Literal('invited'), Type.Literal('active'), Type.Literal('deactivated')], { description: 'invited: has not chosen a password yet' }),
  locked: Type.Boolean({ description: 'too many failed sign-ins in the last 15 minutes; POST …/unlock lifts it' }),
  roles: Type.Array(Type.Object({ organisationId: Uuid(), role: Type.String() })),
});

export const StaffAccountQuery = Closed({
  organisationId: Type.Optional(Uuid('only staff holding a role there (a practice manager always sees only their own organisation)')),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'part of a name or email address' })),
  cursor: Type.Optional(Type.String({ maxLength: 400 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
});

export const PasswordLink = Type.Object({
  purpose: Type.Union([Type.Literal('invitation'), Type.Literal('reset')]),
  token: Type.String({ description: 'shown once: give it (or the link made from path) to the person by a secure route' }),
  path: Type.String({ description: 'the web app page that uses the token, e.g. /set-password#…; prefix it with the address of this server' }),
  expiresAt: IsoDateTime(),
});

export const InviteStaffRequest = Closed({
  displayName: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ format: 'email', maxLength: 254 }),
  roles: Type.Array(RoleGrant, { minItems: 1, maxItems: 20 }),
});
export const InvitedStaff = Type.Object({ staff: StaffAccountView, invitation: PasswordLink });

export const StaffIdParams = Closed({ id: Uuid() });
export const RoleParams = Closed({ id: Uuid(), organisationId: Uuid(), role: Role });

export const LinkTokenRequest = Closed({ token: Type.String({ minLength: 1, maxLength: 200 }) });
export const PasswordLinkView = Type.Object({
  purpose: Type.Union([Type.Literal('invitation'), Type.Literal('reset')]),
  displayName: Type.String(),
  email: Type.String(),
  expiresAt: IsoDateTime(),
});
export const AcceptLinkRequest = Closed({
  token: Type.String({ minLength: 1, maxLength: 200 }),
  password: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH, description: `at least ${MIN_PASSWORD_LENGTH} characters` }),
});
