/** Staff identity: sign-in sessions, API tokens, roles and permissions. */
export { identityRoutes } from './routes.ts';
export type { Actor } from './actor.ts';
export { STAFF_ROLES, CLINICAL_ROLES, ROLE_LABELS, PERMISSIONS, permissionsFor } from './roles.ts';
export type { StaffRole, Permission } from './roles.ts';
export { hashPassword } from './passwords.ts';
export { createApiToken } from './tokens.ts';
export { listAuditEvents } from './audit-log.ts';
