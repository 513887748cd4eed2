/** Staff identity: sign-in sessions, API tokens, roles and permissions. */
export { identityRoutes } from './routes.ts';
export type { Actor } from '../../platform/actor.ts';
export { STAFF_ROLES, CLINICAL_ROLES, ROLE_LABELS, PERMISSIONS, permissionsFor } from '../../platform/permissions.ts';
export type { StaffRole, Permission } from '../../platform/permissions.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { createApiToken } from './tokens.ts';
export { listAuditEvents, searchAuditEvents } from './audit-log.ts';
export type { AuditSearch } from './audit-log.ts';
export { listStaff, staffNames, staffRolesAt, staffOrganisations, activeStaffIds } from './staff.ts';
export type { StaffMember } from './staff.ts';
export { recordAudit, recordAuditMany, auditInsertWhen, auditRoleOf } from './audit.ts';
export { addStaffAccount, normaliseEmail, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './staff-accounts.ts';
export { recordAdminAction } from './admin-audit.ts';
export { mayAdministerOrganisation } from './grants.ts';
export type { AdminActor } from './admin-audit.ts';
export type { AuditAction } from './audit.ts';
export { authenticate, hasCredentials } from './authenticate.ts';
export type { Credentials } from './authenticate.ts';
export { SESSION_COOKIE } from './sessions.ts';
export { listenForForgottenActors, ACTOR_CACHE_TTL_MS } from './actor-cache.ts';
export { oidcSettingsFromEnv } from './oidc-settings.ts';
export type { OidcSettings } from './oidc-settings.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { identityRoutes } from './routes.ts';

export const identityModule: CommonsModule = {
  name: 'identity',
  tables: ['staff', 'staff_role', 'staff_session', 'api_token', 'login_attempt', 'audit_event', 'staff_oidc_identity', 'staff_password_link'],
  routes: { prefix: 'identity', plugin: identityRoutes },
};
export type { IdentityTables } from './tables.ts';
