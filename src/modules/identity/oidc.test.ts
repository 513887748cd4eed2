import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { startOidcProvider } from '../../../test/support/oidc-provider.ts';
import { oidcSettingsFromEnv } from './oidc-settings.ts';

const REDIRECT = 'http://localhost:3000/api/v1/identity/oidc/callback';
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
/** What email the provider gives for a login name; tests change it to play a renamed mailbox. */
const emails: Record<string, string | null> = { 'no-email': null };
let t: TestApp;
let w: World;
beforeAll(async () => {
  provider = await startOidcProvider({ clientId: 'commons', clientSecret: 'test-client-secret', redirectUri: REDIRECT, emails });
  const oidc = oidcSettingsFromEnv({
    COMMONS_OIDC_ISSUER: provider.issuer, COMMONS_OIDC_CLIENT_ID: 'commons', COMMONS_OIDC_CLIENT_SECRET: 'test-client-secret',
    COMMONS_OIDC_REDIRECT_URL: REDIRECT, COMMONS_OIDC_LABEL: 'NHS Care Identity',
  });
  t = await startTestApp({ config: { oidc } });
  w = await t.make.world();
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

/** The whole browser journey: our start route, the provider's pages, back to our callback. */
async function signInThroughProvider(login: string, returnTo = '/patients') {
  const start = await t.anonymous.get(`/api/v1/identity/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.statusCode).toBe(303);
  const pending = start.cookies.find((c) => c.name === 'commons_oidc')!;
  expect(pending.httpOnly).toBe(true);
  const authUrl = new URL(start.headers.location as string);
  expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authUrl.searchParams.get('state')).toBeTruthy();
  expect(authUrl.searchParams.get('nonce')).toBeTruthy();
  const back = await provider.signIn(authUrl.href, login);
  return t.anonymous.get(back.pathname + back.search, { cookie: `commons_oidc=${pending.value}` });
}

describe('sign-in through an OpenID Connect provider', () => {
  it('offers the provider on the sign-in page', async () => {
    const res = await t.anonymous.get('/api/v1/identity/sign-in-methods');
    expect(res.json()).toEqual({ password: true, oidc: { label: 'NHS Care Identity', startUrl: '/api/v1/identity/oidc/start' } });
  });

  it('links an existing staff member by email on first sign-in and opens the same session as a password', async () => {
    const res = await signInThroughProvider(w.receptionistA.email.toUpperCase());
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/patients');
    const cookie = res.cookies.find((c) => c.name === 'commons_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const session = await t.anonymous.get('/api/v1/identity/session', { cookie: `commons_session=${cookie.value}` });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ staffId: w.receptionistA.id, activeOrganisationId: w.practiceA.id });
    const link = await t.db.selectFrom('staff_oidc_identity').selectAll().where('staff_id', '=', w.receptionistA.id).executeTakeFirstOrThrow();
    expect(link).toMatchObject({ issuer: provider.issuer, subject: w.receptionistA.email.toUpperCase() });
    // A second sign-in is matched by the linked subject, not again by email.
    const again = await signInThroughProvider(w.receptionistA.email.toUpperCase());
    expect(again.statusCode).toBe(303);
    expect(await t.count('staff_oidc_identity', { staff_id: w.receptionistA.id })).toBe(1);
  });

  it('refuses an email no staff member has, creating nobody', async () => {
    const staffBefore = await t.count('staff');
    const res = await signInThroughProvider('stranger@elsewhere.test');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?signInError=unknown-staff');
    expect(res.cookies.find((c) => c.name === 'commons_session')).toBeUndefined();
    expect(await t.count('staff')).toBe(staffBefore);
    expect(await t.count('staff_oidc_identity', { issuer: provider.issuer })).toBe(await t.count('staff_oidc_identity'));
    expect(await t.count('staff_oidc_identity', { subject: 'stranger@elsewhere.test' })).toBe(0);
  });

  it('keeps signing in the linked person after their email changes at the provider, until they are deactivated', async () => {
    const nurse = await t.make.staff(w.network.id, [{ organisationId: w.practiceB.id, role: 'nurse' }]);
    emails['nurse-at-provider'] = nurse.email;
    expect((await signInThroughProvider('nurse-at-provider')).headers.location).toBe('/patients');
    emails['nurse-at-provider'] = 'married-name@elsewhere.test';
    const renamed = await signInThroughProvider('nurse-at-provider');
    const cookie = renamed.cookies.find((c) => c.name === 'commons_session')!;
    expect((await t.anonymous.get('/api/v1/identity/session', { cookie: `commons_session=${cookie.value}` })).json().staffId).toBe(nurse.id);
    await t.db.updateTable('staff').set({ active: false }).where('id', '=', nurse.id).execute();
    expect((await signInThroughProvider('nurse-at-provider')).headers.location).toBe('/login?signInError=deactivated');
  });

  it('refuses a provider that shares no email', async () => {
    expect((await signInThroughProvider('no-email')).headers.location).toBe('/login?signInError=no-email');
  });

  it('refuses a callback whose state does not match, or that arrives without its pending cookie', async () => {
    const start = await t.anonymous.get('/api/v1/identity/oidc/start');
    const pending = start.cookies.find((c) => c.name === 'commons_oidc')!;
    const back = await provider.signIn(start.headers.location as string, w.gpA.email);
    back.searchParams.set('state', 'forged');
    const forged = await t.anonymous.get(back.pathname + back.search, { cookie: `commons_oidc=${pending.value}` });
    expect(forged.headers.location).toBe('/login?signInError=failed');
    expect(forged.cookies.find((c) => c.name === 'commons_session')).toBeUndefined();
    expect((await t.anonymous.get(back.pathname + back.search)).headers.location).toBe('/login?signInError=expired');
  });

  it('never returns to another site after sign-in', async () => {
    const res = await signInThroughProvider(w.gpA.email, '//evil.example/steal');
    expect(res.headers.location).toBe('/');
  });
});

describe('configuration', () => {
  const base = { COMMONS_OIDC_ISSUER: 'https://login.example.nhs.uk', COMMONS_OIDC_CLIENT_ID: 'c', COMMONS_OIDC_CLIENT_SECRET: 's', COMMONS_OIDC_REDIRECT_URL: 'https://commons.example/api/v1/identity/oidc/callback' };
  it('is off without an issuer, and names each missing or wrong variable', () => {
    expect(oidcSettingsFromEnv({})).toBeNull();
    expect(oidcSettingsFromEnv(base)?.label).toBe('single sign-on');
    expect(() => oidcSettingsFromEnv({ ...base, COMMONS_OIDC_CLIENT_SECRET: '' })).toThrow(/COMMONS_OIDC_CLIENT_SECRET must be set/);
    expect(() => oidcSettingsFromEnv({ ...base, COMMONS_OIDC_ISSUER: 'http://login.example.nhs.uk' })).toThrow(/must be an https:\/\/ URL/);
    expect(() => oidcSettingsFromEnv({ ...base, COMMONS_OIDC_REDIRECT_URL: 'https://commons.example/callback' })).toThrow(/must end in \/api\/v1\/identity\/oidc\/callback/);
  });

});
