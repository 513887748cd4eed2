import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { Page } from '../../platform/pagination.ts';
import {
  AcceptLinkRequest, InvitedStaff, InviteStaffRequest, LinkTokenRequest, PasswordLink, PasswordLinkView, RoleGrant, RoleParams,
  StaffAccountQuery, StaffAccountView, StaffIdParams,
} from './staff-admin-schema.ts';
import { grantRole, inviteStaff, issueStaffPasswordLink, listStaffAccounts, removeRole, setStaffActive, unlockStaff } from './staff-admin.ts';
import { acceptPasswordLink, describePasswordLink } from './password-links.ts';

/** /api/v1/identity/staff…: staff administration; /api/v1/identity/password-links…: the public set-password page's calls. */
export async function staffAdminRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['identity'];
  const manage = { permission: 'staff:manage' as const };

  app.get('/staff', {
    schema: { tags, summary: 'Staff accounts with roles and status, by name (practice managers see their own organisation)', querystring: StaffAccountQuery, response: { 200: Page(StaffAccountView), ...errorResponses } },
    config: manage,
  }, async (req) => listStaffAccounts(db, actorOf(req), { networkId: actorOf(req).networkId, ...req.query, now: now() }));

  app.post('/staff', {
    schema: { tags, summary: 'Invite a staff member: creates the account with its roles and an invitation link, shown once', body: InviteStaffRequest, response: { 201: InvitedStaff, ...errorResponses } },
    config: manage,
  }, async (req, reply) => reply.code(201).send(await inviteStaff(db, actorOf(req), req.body, now())));

  app.post('/staff/:id/roles', {
    schema: { tags, summary: 'Give a staff member a role at an organisation', params: StaffIdParams, body: RoleGrant, response: { 200: StaffAccountView, ...errorResponses } },
    config: manage,
  }, async (req) => grantRole(db, actorOf(req), req.params.id, req.body, now()));

  app.delete('/staff/:id/roles/:organisationId/:role', {
    schema: { tags, summary: 'Take a role at an organisation away from a staff member', params: RoleParams, response: { 200: StaffAccountView, ...errorResponses } },
    config: manage,
  }, async (req) => removeRole(db, actorOf(req), req.params.id, { organisationId: req.params.organisationId, role: req.params.role }, now()));

  app.post('/staff/:id/deactivate', {
    schema: { tags, summary: 'Deactivate an account: the person is signed out and cannot sign in; their records stay', params: StaffIdParams, response: { 200: StaffAccountView, ...errorResponses } },
    config: manage,
  }, async (req) => setStaffActive(db, actorOf(req), req.params.id, false, now()));

  app.post('/staff/:id/reactivate', {
    schema: { tags, summary: 'Reactivate a deactivated account', params: StaffIdParams, response: { 200: StaffAccountView, ...errorResponses } },
    config: manage,
  }, async (req) => setStaffActive(db, actorOf(req), req.params.id, true, now()));

  app.post('/staff/:id/unlock', {
    schema: { tags, summary: 'Lift a lock-out after too many failed sign-ins', params: StaffIdParams, response: { 200: StaffAccountView, ...errorResponses } },
    config: manage,
  }, async (req) => unlockStaff(db, actorOf(req), req.params.id, now()));

  app.post('/staff/:id/password-link', {
    schema: { tags, summary: 'A new link for the person to choose a password (a reset, or a new invitation if they never set one), shown once', params: StaffIdParams, response: { 201: PasswordLink, ...errorResponses } },
    config: manage,
  }, async (req, reply) => reply.code(201).send(await issueStaffPasswordLink(db, actorOf(req), req.params.id, now())));

  // Public: the person opening their link is not signed in. Per-address limits slow guessing, though
  // a 256-bit secret cannot be guessed anyway.
  const linkLimit = { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } };
  app.post('/password-links/lookup', {
    schema: { tags, summary: 'Whose account a password link is for, and until when it works', body: LinkTokenRequest, response: { 200: PasswordLinkView, ...errorResponses } },
    config: linkLimit,
  }, async (req) => describePasswordLink(db, { token: req.body.token, now: now() }));

  app.post('/password-links/accept', {
    schema: { tags, summary: 'Choose a password with a link; the person then signs in as usual', body: AcceptLinkRequest, response: { 200: Type.Object({ email: Type.String() }), ...errorResponses } },
    config: linkLimit,
  }, async (req) => acceptPasswordLink(db, { token: req.body.token, password: req.body.password, now: now() }));
}
