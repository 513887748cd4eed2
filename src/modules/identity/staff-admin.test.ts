import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';

const { t, w } = useTestApp();
let pcnManager: { id: string; email: string; password: string };
beforeAll(async () => {
  pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }], { name: 'Pam PCN' });
});

const NEW_PASSWORD = 'a brand new long password';
let seq = 0;
const email = () => `joiner-${++seq}-${Date.now()}@test.invalid`;

async function adminAudit(entityId: string) {
  return t.db.selectFrom('audit_event').select(['action', 'actor_staff_id', 'detail']).where('entity_id', '=', entityId).where('purpose', '=', 'administration').orderBy('id').execute();
}

/** The token of a set-password link, as the web page reads it after the #. */
const tokenOf = (path: string) => path.slice(path.indexOf('#') + 1);

describe('inviting staff', () => {
  it('invites a receptionist who opens the link, chooses a password and signs in; the link then stops working', async () => {
    const admin = await t.as(w.admin);
    const address = email();
    const res = await admin.post('/api/v1/identity/staff', { displayName: 'Nia New', email: address.toUpperCase(), roles: [{ organisationId: w.practiceA.id, role: 'receptionist' }] });
    expect(res.statusCode).toBe(201);
    const { staff, invitation } = res.json();
    expect(staff).toMatchObject({ displayName: 'Nia New', email: address, status: 'invited', locked: false, roles: [{ organisationId: w.practiceA.id, role: 'receptionist' }] });
    expect(invitation.purpose).toBe('invitation');
    expect(invitation.path).toMatch(/^\/set-password#[0-9a-f-]{36}\./);
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(await t.count('staff_password_link', { staff_id: staff.id })).toBe(1);
    // An invited account has no password, so nothing signs in yet.
    expect((await t.anonymous.post('/api/v1/identity/login', { email: address, password: NEW_PASSWORD })).statusCode).toBe(401);

    const token = tokenOf(invitation.path);
    const seen = await t.anonymous.post('/api/v1/identity/password-links/lookup', { token });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ purpose: 'invitation', displayName: 'Nia New', email: address });
    const accepted = await t.anonymous.post('/api/v1/identity/password-links/accept', { token, password: NEW_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    const nia = await t.as({ email: address, password: NEW_PASSWORD });
    expect((await nia.get('/api/v1/identity/session')).json().permissions).toContain('appointments:book');

    const again = await t.anonymous.post('/api/v1/identity/password-links/accept', { token, password: 'someone else entirely' });
    expect(again.statusCode).toBe(422);
    expect(again.json().type).toMatch(/identity\/link-used$/);
    expect((await adminAudit(staff.id)).map((a) => a.action)).toEqual(['invite', 'set-password']);
    expect((await adminAudit(staff.id))[0]).toMatchObject({ actor_staff_id: w.admin.id, detail: { roles: [{ organisationId: w.practiceA.id, role: 'receptionist' }] } });
  });

  it('names the field of a malformed invitation and creates nothing', async () => {
    const admin = await t.as(w.admin);
    const bad = await admin.post('/api/v1/identity/staff', { displayName: 'X', email: 'not-an-email', roles: [{ organisationId: w.practiceA.id, role: 'receptionist' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors[0].pointer).toBe('/body/email');
    const role = await admin.post('/api/v1/identity/staff', { displayName: 'X', email: 'x@test.invalid', roles: [{ organisationId: w.practiceA.id, role: 'wizard' }] });
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0].pointer).toMatch(/^\/body\/roles\/0\/role/);
    const org = await admin.post('/api/v1/identity/staff', { displayName: 'X', email: 'x@test.invalid', roles: [{ organisationId: '0190a0a0-0000-7000-8000-000000000000', role: 'gp' }] });
    expect(org.statusCode).toBe(400);
    expect(org.json().errors[0].pointer).toBe('/body/roles');
    expect(await t.count('staff', { email: 'x@test.invalid' })).toBe(0);
  });

  it('refuses a second account with the same email, naming the field', async () => {
    const admin = await t.as(w.admin);
    const dup = await admin.post('/api/v1/identity/staff', { displayName: 'Again', email: w.gpA.email.toUpperCase(), roles: [{ organisationId: w.pcn.id, role: 'pharmacist' }] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].pointer).toBe('/body/email');
  });

  it('needs a signed-in person with staff:manage', async () => {
    const body = { displayName: 'X', email: 'y@test.invalid', roles: [{ organisationId: w.practiceA.id, role: 'receptionist' }] };
    expect((await t.anonymous.post('/api/v1/identity/staff', body)).statusCode).toBe(401);
    expect((await t.anonymous.get('/api/v1/identity/staff')).statusCode).toBe(401);
    const rec = await t.as(w.receptionistA);
    const res = await rec.post('/api/v1/identity/staff', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toMatch(/identity\/permission$/);
    expect((await rec.get('/api/v1/identity/staff')).statusCode).toBe(403);
    expect(await t.count('staff', { email: 'y@test.invalid' })).toBe(0);
  });
});

describe('no one grants more than they hold', () => {
  it('lets a practice manager invite to their own practice only, and not above their own rights', async () => {
    const pm = await t.as(w.managerA);
    const ok = await pm.post('/api/v1/identity/staff', { displayName: 'Pat', email: email(), roles: [{ organisationId: w.practiceA.id, role: 'practice-manager' }] });
    expect(ok.statusCode).toBe(201);
    const elsewhere = await pm.post('/api/v1/identity/staff', { displayName: 'Q', email: 'q@test.invalid', roles: [{ organisationId: w.practiceB.id, role: 'receptionist' }] });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().errors[0].pointer).toBe('/body/roles/0/organisationId');
    const above = await pm.post('/api/v1/identity/staff', { displayName: 'Q', email: 'q@test.invalid', roles: [{ organisationId: w.practiceA.id, role: 'pcn-manager' }] });
    expect(above.statusCode).toBe(403);
    expect(above.json().type).toMatch(/identity\/role-above-yours$/);
    expect(above.json().errors[0].pointer).toBe('/body/roles/0/role');
    expect(await t.count('staff', { email: 'q@test.invalid' })).toBe(0);
  });

  it('lets a PCN manager make a practice manager anywhere, but a practice manager no PCN manager', async () => {
    const pcn = await t.as(pcnManager);
    expect((await pcn.post('/api/v1/identity/staff', { displayName: 'PM B', email: email(), roles: [{ organisationId: w.practiceB.id, role: 'practice-manager' }] })).statusCode).toBe(201);
    // A PCN manager holds every administrative right an administrator carries (tokens included, since
    // a token can carry only its maker's rights), so making one is no escalation.
    expect((await pcn.post('/api/v1/identity/staff', { displayName: 'Root', email: 'root@test.invalid', roles: [{ organisationId: w.pcn.id, role: 'admin' }] })).statusCode).toBe(201);
    const pm = await t.as(w.managerA, w.practiceA.id);
    const above = await pm.post('/api/v1/identity/staff', { displayName: 'PCN', email: email(), roles: [{ organisationId: w.practiceA.id, role: 'pcn-manager' }] });
    expect(above.statusCode).toBe(403);
    expect(above.json().missing).toEqual(expect.arrayContaining(['network:manage', 'tokens:manage']));
  });

  it('grants and removes roles, audits both, and refuses changes to your own roles', async () => {
    const person = await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'receptionist' }]);
    const pm = await t.as(w.managerA);
    const granted = await pm.post(`/api/v1/identity/staff/${person.id}/roles`, { organisationId: w.practiceA.id, role: 'care-navigator' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().roles.map((r: { role: string }) => r.role).sort()).toEqual(['care-navigator', 'receptionist']);
    const removed = await pm.delete(`/api/v1/identity/staff/${person.id}/roles/${w.practiceA.id}/receptionist`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().roles).toEqual([{ organisationId: w.practiceA.id, role: 'care-navigator' }]);
    expect((await adminAudit(person.id)).map((a) => a.action)).toEqual(['grant-role', 'remove-role']);
    const self = await pm.post(`/api/v1/identity/staff/${w.managerA.id}/roles`, { organisationId: w.practiceA.id, role: 'gp' });
    expect(self.statusCode).toBe(403);
    expect(self.json().type).toMatch(/identity\/not-on-yourself$/);
    const unknown = await pm.post('/api/v1/identity/staff/0190a0a0-0000-7000-8000-000000000000/roles', { organisationId: w.practiceA.id, role: 'gp' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('deactivate, unlock and reset', () => {
  it('deactivates an account, signing the person out, and reactivates it', async () => {
    const person = await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'receptionist' }]);
    const theirs = await t.as(person);
    const pm = await t.as(w.managerA);
    const off = await pm.post(`/api/v1/identity/staff/${person.id}/deactivate`);
    expect(off.statusCode).toBe(200);
    expect(off.json().status).toBe('deactivated');
    expect((await theirs.get('/api/v1/identity/session')).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/v1/identity/login', { email: person.email, password: person.password })).statusCode).toBe(401);
    expect((await pm.post(`/api/v1/identity/staff/${person.id}/reactivate`)).json().status).toBe('active');
    await expect(t.as(person)).resolves.toBeDefined();
  });

  it('keeps a practice manager from deactivating someone who also works elsewhere, or themselves', async () => {
    const pm = await t.as(w.managerA);
    const gp = await pm.post(`/api/v1/identity/staff/${w.gpA.id}/deactivate`);
    expect(gp.statusCode).toBe(403);
    expect(gp.json().type).toMatch(/identity\/outside-your-organisation$/);
    expect((await pm.post(`/api/v1/identity/staff/${w.managerA.id}/deactivate`)).statusCode).toBe(403);
    expect((await t.db.selectFrom('staff').select('active').where('id', '=', w.gpA.id).executeTakeFirstOrThrow()).active).toBe(true);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    const person = await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'receptionist' }]);
    for (let i = 0; i < 5; i++) await t.anonymous.post('/api/v1/identity/login', { email: person.email, password: 'wrong wrong wrong' });
    expect((await t.anonymous.post('/api/v1/identity/login', { email: person.email, password: person.password })).statusCode).toBe(429);
    const pm = await t.as(w.managerA);
    const listed = (await pm.get(`/api/v1/identity/staff?q=${encodeURIComponent(person.email)}`)).json();
    expect(listed.items).toEqual([expect.objectContaining({ id: person.id, locked: true })]);
    const res = await pm.post(`/api/v1/identity/staff/${person.id}/unlock`);
    expect(res.statusCode).toBe(200);
    expect(res.json().locked).toBe(false);
    await expect(t.as(person)).resolves.toBeDefined();
  });

  it('issues a reset link: the old password works until the link is used, then only the new one', async () => {
    const person = await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'receptionist' }]);
    const session = await t.as(person);
    const pm = await t.as(w.managerA);
    const link = await pm.post(`/api/v1/identity/staff/${person.id}/password-link`);
    expect(link.statusCode).toBe(201);
    expect(link.json().purpose).toBe('reset');
    await expect(t.as(person)).resolves.toBeDefined();
    const accepted = await t.anonymous.post('/api/v1/identity/password-links/accept', { token: tokenOf(link.json().path), password: NEW_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    expect((await session.get('/api/v1/identity/session')).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/v1/identity/login', { email: person.email, password: person.password })).statusCode).toBe(401);
    await expect(t.as({ email: person.email, password: NEW_PASSWORD })).resolves.toBeDefined();
    expect((await adminAudit(person.id)).map((a) => a.action)).toEqual(['reset-password', 'set-password']);
  });

  it('refuses a practice manager a reset of a PCN manager, and an expired or mangled link', async () => {
    const pm = await t.as(w.managerA);
    expect((await pm.post(`/api/v1/identity/staff/${pcnManager.id}/password-link`)).statusCode).toBe(403);
    const person = await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'receptionist' }]);
    const link = (await pm.post(`/api/v1/identity/staff/${person.id}/password-link`)).json();
    const realNow = t.clock.now;
    t.clock.now = () => new Date(Date.now() + 25 * 3600_000);
    try {
      const late = await t.anonymous.post('/api/v1/identity/password-links/accept', { token: tokenOf(link.path), password: NEW_PASSWORD });
      expect(late.statusCode).toBe(422);
      expect(late.json().type).toMatch(/identity\/link-expired$/);
    } finally {
      t.clock.now = realNow;
    }
    const mangled = await t.anonymous.post('/api/v1/identity/password-links/lookup', { token: 'nonsense' });
    expect(mangled.statusCode).toBe(404);
    expect(mangled.json().errors[0].pointer).toBe('/body/token');
    const short = await t.anonymous.post('/api/v1/identity/password-links/accept', { token: tokenOf(link.path), password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].pointer).toBe('/body/password');
  });
});

describe('the staff list', () => {
  it('pages by name with a cursor, and shows a practice manager only their own practice', async () => {
    const admin = await t.as(w.admin);
    const first = (await admin.get('/api/v1/identity/staff?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await admin.get(`/api/v1/identity/staff?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].displayName >= first.items[1].displayName).toBe(true);
    expect(second.items.map((s: { id: string }) => s.id)).not.toContain(first.items[1].id);
    const pm = await t.as(w.managerA);
    const mine = (await pm.get(`/api/v1/identity/staff?organisationId=${w.practiceB.id}&limit=200`)).json();
    expect(mine.items.length).toBeGreaterThan(0);
    for (const s of mine.items) expect(s.roles.some((r: { organisationId: string }) => r.organisationId === w.practiceA.id)).toBe(true);
    const bad = await admin.get('/api/v1/identity/staff?cursor=zzz');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/querystring/cursor');
  });
});

describe('API tokens', () => {
  it('audits creating and revoking a token', async () => {
    const admin = await t.as(w.admin);
    const created = await admin.post('/api/v1/identity/tokens', { name: 'Hub system', organisationId: w.hub.id, scopes: ['slots:read'] });
    expect(created.statusCode).toBe(201);
    expect((await admin.delete(`/api/v1/identity/tokens/${created.json().id}`)).statusCode).toBe(204);
    const audit = await adminAudit(created.json().id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'revoke']);
    expect(JSON.stringify(audit)).not.toContain(created.json().token.split('_').pop());
  });

  it('carries no scope its maker lacks, and traces any patient only as an integration (trust row 3)', async () => {
    const admin = await t.as(w.admin);
    // An administrator may not read patients, so cannot mint a token that does.
    const above = await admin.post('/api/v1/identity/tokens', { name: 'reader', organisationId: w.nhs111.id, scopes: ['patients:read'] });
    expect(above.statusCode, above.body).toBe(403);
    expect(above.json()).toMatchObject({ type: expect.stringMatching(/identity\/scope-above-yours$/), errors: [{ pointer: '/body/scopes' }] });
    // A practice manager may mint only for their own practice, and never an integration.
    const manager = await t.as(w.managerA, w.practiceA.id);
    expect((await manager.post('/api/v1/identity/tokens', { name: 'x', organisationId: w.practiceB.id, scopes: ['slots:read'] })).statusCode).toBe(403);
    // A PCN manager (who may trace and book) makes a plain token and an integration; both record their maker.
    const pcn = await t.as(pcnManager);
    const plain = await pcn.post('/api/v1/identity/tokens', { name: 'Practice kiosk', organisationId: w.practiceA.id, scopes: ['patients:read'] });
    expect(plain.statusCode, plain.body).toBe(201);
    const integration = await pcn.post('/api/v1/identity/tokens', { name: 'NHS 111', organisationId: w.nhs111.id, scopes: ['patients:read', 'slots:read'], integration: true });
    expect(integration.statusCode, integration.body).toBe(201);
    const rows = await t.db.selectFrom('api_token').select(['id', 'created_by_staff_id', 'integration']).where('id', 'in', [plain.json().id, integration.json().id]).execute();
    expect(rows.every((r) => r.created_by_staff_id === pcnManager.id)).toBe(true);
    // The plain token obeys the relationship rule as its practice; the integration traces anyone, audited as an integration.
    const kiosk = t.withToken(plain.json().token);
    expect((await kiosk.get(`/api/v1/patients/${w.patientA.id}`)).statusCode).toBe(200);
    expect((await kiosk.get(`/api/v1/patients/${w.patientB.id}`)).statusCode).toBe(403);
    const nhs111 = t.withToken(integration.json().token);
    expect((await nhs111.get(`/api/v1/patients/${w.patientB.id}`)).statusCode).toBe(200);
    const audit = await t.db.selectFrom('audit_event').select(['actor_role', 'actor_token_id']).where('patient_id', '=', w.patientB.id).where('actor_token_id', '=', integration.json().id).execute();
    expect(audit.map((a) => a.actor_role)).toContain('integration');
  });
});
