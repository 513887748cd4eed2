import type { OrganisationKind } from '../../db/types.ts';
import type { Permission } from './roles.ts';

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
}
