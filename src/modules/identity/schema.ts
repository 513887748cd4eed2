import { Type, type Static } from 'typebox';
import { Closed, Uuid } from '../../platform/schemas.ts';
import { PERMISSIONS } from '../../platform/permissions.ts';

export const LoginRequest = Closed({
  email: Type.String({ format: 'email', maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type LoginRequest = Static<typeof LoginRequest>;

export const SessionView = Type.Object({
  staffId: Uuid(),
  networkId: Uuid(),
  displayName: Type.String(),
  email: Type.String(),
  activeOrganisationId: Uuid(),
  organisations: Type.Array(Type.Object({ id: Uuid(), name: Type.String(), kind: Type.String(), odsCode: Type.Union([Type.String(), Type.Null()]), roles: Type.Array(Type.String()) })),
  permissions: Type.Array(Type.String()),
  csrfToken: Type.String(),
});

export const SwitchOrganisationRequest = Closed({ organisationId: Uuid() });

export const CreateTokenRequest = Closed({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  organisationId: Uuid('the organisation the system books as, e.g. the NHS 111 provider'),
  scopes: Type.Array(Type.Union(PERMISSIONS.map((p) => Type.Literal(p))), { minItems: 1, uniqueItems: true }),
  integration: Type.Optional(Type.Boolean({ default: false, description: 'an integration (NHS 111, a hub\'s system) that may trace any patient of the network, recorded as such in the audit log; needs network:manage. Other tokens see only the patients of their organisation' })),
});
export const CreatedToken = Type.Object({ id: Uuid(), token: Type.String({ description: 'shown once; store it securely' }) });
