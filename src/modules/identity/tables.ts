// Table types of the identity module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Generated } from 'kysely';
import type { Timestamp, TimestampDefault, Defaulted, Json } from '../../db/columns.ts';

export interface StaffTable {
  network_id: string;
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  active: Defaulted<boolean>;
  created_at: TimestampDefault;
  unlocked_at: Timestamp | null;
}

export interface StaffPasswordLinkTable {
  network_id: string;
  token_hash: string;
  staff_id: string;
  purpose: 'invitation' | 'reset';
  created_by_staff_id: string | null;
  created_at: TimestampDefault;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface StaffRoleTable {
  network_id: string;
  staff_id: string;
  organisation_id: string;
  role: string;
}

export interface StaffSessionTable {
  network_id: string;
  token_hash: string;
  staff_id: string;
  active_organisation_id: string;
  csrf_token: string;
  created_at: TimestampDefault;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ApiTokenTable {
  network_id: string;
  id: string;
  organisation_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: TimestampDefault;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  /** Who made it (null: made before owners were recorded, or by the command line). */
  created_by_staff_id: string | null;
  /** An integration (NHS 111, a hub's system) may trace any patient of the network; other tokens obey the relationship rule. */
  integration: Generated<boolean>;
}

export interface LoginAttemptTable {
  network_id: string;
  id: Generated<string>;
  email: string;
  at: TimestampDefault;
  succeeded: boolean;
}

export interface AuditEventTable {
  network_id: string;
  id: string;
  at: TimestampDefault;
  actor_staff_id: string | null;
  actor_token_id: string | null;
  actor_organisation_id: string | null;
  actor_role: string | null;
  patient_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  purpose: string;
  request_id: string | null;
  detail: Json<Record<string, unknown>> | null;
}

/** A person's identity at an OpenID Connect provider, linked on their first sign-in there. */
export interface StaffOidcIdentityTable {
  network_id: string;
  issuer: string;
  subject: string;
  staff_id: string;
  linked_at: TimestampDefault;
}

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface IdentityTables {
  staff: StaffTable;
  staff_role: StaffRoleTable;
  staff_password_link: StaffPasswordLinkTable;
  staff_session: StaffSessionTable;
  api_token: ApiTokenTable;
  login_attempt: LoginAttemptTable;
  audit_event: AuditEventTable;
  staff_oidc_identity: StaffOidcIdentityTable;
}
