import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { World } from '../support/factories.ts';
import { makeOffer, makeProvider } from '../support/directory.ts';
import { insertPostcodes } from '../../src/modules/directory/index.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// Two journeys through the community directory: a care navigator finds a walking group near a
// patient's postcode and prints it for them; a practice health champion changes their own group,
// records who came to a session, and cannot open a patient's page.

let h: Harness | undefined;
let w: World;
let navigator: { email: string; password: string };
let champion: { email: string; password: string };
let walkId: string;
let page: Page | undefined;

beforeAll(async () => {
  h = await startHarness(async (database, world) => {
    w = world;
    const { factories } = await import('../support/factories.ts');
    const make = factories(database.db);
    navigator = await make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'care-navigator' }], { name: 'Nadia Navigator' });
    const championStaff = await make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'health-champion' }], { name: 'Chris Champion' });
    champion = championStaff;
    await insertPostcodes(database.db, [
      { postcode: 'LS6 1AA', latitude: 53.82, longitude: -1.58 }, { postcode: 'LS6 2BB', latitude: 53.825, longitude: -1.575 }, { postcode: 'LS17 9ZZ', latitude: 53.87, longitude: -1.53 },
    ]);
    const champions = await makeProvider(database.db, w.network.id, { name: 'Riverside health champions', kind: 'health-champions', members: [championStaff.id] });
    const council = await makeProvider(database.db, w.network.id, { name: 'Calderbridge Council', kind: 'council' });
    walkId = (await makeOffer(database.db, w.network.id, { organisationId: champions.id, name: 'Riverside walking group', categories: ['physical-activity', 'loneliness'], postcode: 'LS6 1AA', weekly: [{ weekday: 2, opensAt: '10:00', closesAt: '11:30' }], placesAvailable: 8 })).id;
    await makeOffer(database.db, w.network.id, { organisationId: council.id, name: 'Alwoodley swimming', categories: ['physical-activity'], postcode: 'LS17 9ZZ', weekly: [{ weekday: 7, opensAt: '08:00', closesAt: '09:00' }] });
    await makeOffer(database.db, w.network.id, { organisationId: council.id, name: 'Benefits advice drop-in', categories: ['debt-benefits'], postcode: 'LS6 1AA' });
  });
});
afterAll(() => stopHarness(h));

describe('community directory in the browser', () => {
  it('a care navigator searches by category near a postcode and prints an offer for the patient', async () => {
    const harness = requireHarness(h);
    screenshotOnFailure(() => ({ directory: page }));
    page = await openPage(harness);
    const errors = collectErrors(page);
    await signIn(page, harness.base, navigator.email, navigator.password);
    await page.getByRole('link', { name: 'Community directory' }).click();
    await page.getByRole('textbox', { name: /^Category/ }).or(page.getByRole('combobox', { name: /^Category/ })).first().click();
    await page.getByRole('option', { name: 'Physical activity' }).click();
    await page.getByLabel("Patient's postcode").fill('ls6 2bb');
    await page.getByRole('button', { name: 'Search' }).click();
    const cards = page.getByTestId('offer-card');
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => cards.first().textContent()).toContain('Riverside walking group');
    expect(await cards.first().textContent()).toMatch(/0\.\d miles/);
    expect(await cards.nth(1).textContent()).toContain('Alwoodley swimming');
    await page.getByRole('checkbox', { name: 'Print Riverside walking group' }).check();
    await page.getByRole('button', { name: 'Print 1 selected' }).click();
    await page.waitForURL(/\/directory\/print\?ids=/);
    await expect.poll(() => page!.getByTestId('print-offer').count()).toBe(1);
    const printed = await page.getByTestId('print-offer').textContent();
    expect(printed).toContain('Riverside walking group');
    expect(printed).toContain('Tuesdays 10:00–11:30');
    expect(printed).toContain('0113 496 0000');
    await page.evaluate(() => { (window as unknown as { printed: boolean }).printed = false; window.print = () => { (window as unknown as { printed: boolean }).printed = true; }; });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    // On paper only the offers show: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Modules' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false);
    expect(await page.getByTestId('print-offer').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a health champion edits their own group, records attendance, and cannot open a patient page', async () => {
    const harness = requireHarness(h);
    screenshotOnFailure(() => ({ directory: page }));
    page = await openPage(harness);
    const errors = collectErrors(page, [401, 403]);
    await signIn(page, harness.base, champion.email, champion.password);
    await page.waitForURL(/\/directory\/mine$/);
    await expect.poll(() => page!.getByTestId('my-offer').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Community directory' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Find a patient' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Change details' }).click();
    await page.getByLabel('Places left now').fill('5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(new RegExp(`/directory/offers/${walkId}$`));
    await expect.poll(() => page!.getByText('5 places left').count()).toBeGreaterThan(0);

    await page.goto(`${harness.base}/directory/mine`);
    await page.getByLabel('Volunteer hours').fill('3');
    await page.getByLabel('Who came').fill('Maureen\nblue-kite\nBob');
    await page.getByRole('button', { name: /Save attendance/ }).click();
    await expect.poll(() => page!.getByText(/3 people at the session/).count()).toBe(1);
    await expect.poll(() => page!.getByText(/1 sessions recorded · 3 attendances · 3 volunteer hours/).count()).toBe(1);

    await page.goto(`${harness.base}/patients/${w.patientA.id}`);
    await expect.poll(() => page!.getByRole('heading', { name: 'You cannot use this page' }).count()).toBe(1);
    const res = await page.request.get(`${harness.base}/api/v1/patients/${w.patientA.id}`);
    expect(res.status()).toBe(403);
    expect(errors).toEqual([]);
  });
});
