import { pageQuery } from '../../platform/pagination.ts';
import { Type } from 'typebox';
import { Closed, Uuid } from '../../platform/schemas.ts';
import { STAFF_ROLES } from '../../platform/permissions.ts';

export const OrganisationView = Type.Object({
  id: Uuid(), kind: Type.String(), odsCode: Type.Union([Type.String(), Type.Null()]), name: Type.String(), address: Type.Union([Type.String(), Type.Null()]),
  postcode: Type.Union([Type.String(), Type.Null()]), phone: Type.Union([Type.String(), Type.Null()]), registeredPatients: Type.Integer(),
});
export const SiteView = Type.Object({
  id: Uuid(), organisationId: Uuid(), kind: Type.String(), name: Type.String(), address: Type.Union([Type.String(), Type.Null()]),
  postcode: Type.Union([Type.String(), Type.Null()]), openingHours: Type.Record(Type.String(), Type.Array(Type.Array(Type.String()))), accessibility: Type.Array(Type.String()),
});
export const ServiceView = Type.Object({
  id: Uuid(), code: Type.String(), name: Type.String(), role: Type.String(), nationalCategory: Type.String(), defaultMode: Type.String(), description: Type.Union([Type.String(), Type.Null()]),
});
export const NetworkView = Type.Object({
  id: Uuid(), name: Type.String(), odsCode: Type.Union([Type.String(), Type.Null()]), dataSharingAcrossPractices: Type.Boolean(),
  organisations: Type.Array(OrganisationView), sites: Type.Array(SiteView), services: Type.Array(ServiceView),
  roles: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
});
export const StaffQuery = Closed({ organisationId: Type.Optional(Uuid()), role: Type.Optional(Type.Union(STAFF_ROLES.map((r) => Type.Literal(r)))), ...pageQuery({ defaultLimit: 100, maxLimit: 500 }) });
export const StaffView = Type.Object({
  id: Uuid(), displayName: Type.String(), email: Type.String(), active: Type.Boolean(),
  roles: Type.Array(Type.Object({ organisationId: Uuid(), role: Type.String() })),
});
