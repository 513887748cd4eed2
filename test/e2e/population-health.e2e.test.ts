import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import { importImdDeciles, importPostcodeLsoas } from '../../src/modules/analytics/index.ts';
import { FRAILTY_DEFICITS } from '../../src/modules/population-health/index.ts';
import { addPopulationHealthDemo } from '../../src/demo/population-health.ts';
import { IdSource, Random } from '../../src/demo/random.ts';
import type { World } from '../support/factories.ts';
import { factories } from '../support/factories.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// The done-when of the population health issue: a clinical director opens demo-like data (300 people
// 60 and over given the demo's conditions, medicines, reviews and frailty deficits, in three areas of
// deprivation decile 1, 2 and 9), sees registers and frailty, builds the cohort of moderately or
// severely frail people without a review in 12 months in the most deprived deciles, saves it, sees who
// is in it, makes it an outreach list with invitations, and opens one person's clinical summary.
// SCREENSHOTS=1 also refreshes the cohort builder's picture in docs/user-guide/img/.

const SHOTS = process.env.SCREENSHOTS === '1';
let h: Harness | undefined;
let page: Page;
let director: { email: string; password: string };
const NAMED = { given: 'Edith', family: 'Frailworth' };

async function seed(database: Database, w: World) {
  const make = factories(database.db);
  await database.db.updateTable('network').set({ data_sharing_across_practices: true }).where('id', '=', w.network.id).execute();
  director = await make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'clinical-director' }], { name: 'Dr Clare Director' });
  await importImdDeciles(database.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,1\nE01000002,2\nE01000009,9\n', 'test');
  await importPostcodeLsoas(database.db, 'pcds,lsoa11cd\nLS1 1AA,E01000001\nLS2 2BB,E01000002\nLS9 9ZZ,E01000009\n');
  const rng = new Random(10);
  const ids: string[] = [];
  const ages: number[] = [];
  for (let i = 0; i < 300; i++) {
    const age = 60 + Math.floor(rng.next() * 35);
    const p = await make.patient(w.network.id, i % 2 ? w.practiceA.id : w.practiceB.id, { dateOfBirth: `${2026 - age}-01-15`, sex: i % 3 ? 'female' : 'male', postcode: ['LS1 1AA', 'LS2 2BB', 'LS9 9ZZ'][i % 3] });
    ids.push(p.id);
    ages.push(age);
  }
  // One person certain to be in the cohort, by name: severely frail, never reviewed, decile 1, with hypertension and a penicillin allergy.
  const edith = await make.patient(w.network.id, w.practiceA.id, { givenName: NAMED.given, familyName: NAMED.family, dateOfBirth: '1936-02-02', postcode: 'LS1 1AA' });
  const condition = (code: string, display: string | null) => ({ network_id: w.network.id, id: newId(), patient_id: edith.id, code, display, onset: '2019-05-01', source: 'demo' as const });
  await database.db.insertInto('phm_condition').values([
    condition('38341003', 'Hypertensive disorder'),
    ...FRAILTY_DEFICITS.filter((d) => d.codes.length && d.id !== 'hypertension').slice(0, 13).map((d) => condition(d.codes[0], d.name)),
  ]).execute();
  // The demo's generator adds their coded records, then recomputes every summary (Edith's too).
  await database.db.insertInto('phm_allergy').values({ network_id: w.network.id, id: newId(), patient_id: edith.id, display: 'Penicillin', reaction: 'Rash', recorded_on: '2001-03-04', source: 'demo' }).execute();
  await addPopulationHealthDemo(database, rng, new IdSource(10, new Date()), { networkId: w.network.id, population: { rows: [], ids, age: Int16Array.from(ages), female: new Uint8Array(ids.length), practice: new Int32Array(ids.length) }, now: new Date() });
}

beforeAll(async () => {
  h = await startHarness(seed);
  if (h) page = await openPage(h);
}, 120_000);
afterAll(async () => {
  await stopHarness(h);
});

describe('population health', () => {
  it('a clinical director sees registers and frailty, builds and saves the frail, unreviewed, most deprived cohort and makes it an outreach list', async () => {
    const { base } = requireHarness(h);
    screenshotOnFailure(() => ({ phm: page }));
    const errors = collectErrors(page);

    await signIn(page, base, director.email, director.password);
    await page.getByRole('link', { name: 'Population health' }).click();
    await page.getByRole('heading', { name: 'Registers' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Hypertension' }).first().waitFor();
    await page.getByRole('heading', { name: /Electronic frailty index/ }).waitFor();
    await expect(page.getByText(/^of [\d,]+ people$/).textContent()).resolves.toMatch(/of (2\d\d|30\d) people/);

    // The inequalities view states the gap in words.
    await page.getByRole('link', { name: 'Inequalities' }).click();
    await page.getByRole('heading', { name: 'Most against least deprived fifth' }).waitFor();
    await expect(page.getByText(/^Review rate, every register: /).textContent()).resolves.toMatch(/most deprived fifth|too few/);
    await page.getByRole('link', { name: '← Registers and frailty' }).click();

    // The cohort builder opens on the example: 65+, moderate or severe, deciles 1–3, no review in 12 months.
    await page.getByRole('link', { name: 'Build a cohort' }).click();
    await page.getByRole('heading', { name: 'Cohort builder' }).waitFor();
    const total = page.locator('[aria-live="polite"]');
    await expect.poll(async () => Number((await total.textContent())?.replace(/,/g, '')), { timeout: 15_000 }).toBeGreaterThan(0);
    const people = Number((await total.textContent())!.replace(/,/g, ''));
    await page.getByText('Decile 9:').waitFor({ state: 'detached' });
    if (SHOTS) await page.screenshot({ path: 'docs/user-guide/img/phm-cohort-builder.png', fullPage: true });

    await page.getByRole('button', { name: 'Save cohort' }).click();
    await page.getByText('Saved. It is listed below').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Moderate or severe frailty, no review in 12 months, most deprived' });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe(String(people));

    await row.getByRole('button', { name: 'Show people' }).click();
    await row.getByRole('link', { name: `${NAMED.given} ${NAMED.family}` }).waitFor();
    await row.getByRole('button', { name: 'Make outreach list and invite' }).click();
    await expect(row.getByText(/^Outreach list made: /).textContent()).resolves.toBe(`Outreach list made: ${people} people, ${people} invited.`);

    const list = page.getByRole('link', { name: /: Frailty review$/ });
    await list.click();
    await page.getByRole('cell', { name: `${NAMED.given} ${NAMED.family}` }).or(page.getByRole('cell', { name: new RegExp(NAMED.family) })).first().waitFor();
    await page.goBack();

    // The person's clinical summary, from the cohort's list.
    // Going back may keep the list open ("Hide people") or closed ("Show people"): wait for either.
    const toggle = page.getByRole('row').filter({ hasText: 'Moderate or severe frailty, no review in 12 months, most deprived' }).getByRole('button', { name: /^(Show|Hide) people$/ });
    await toggle.waitFor();
    if ((await toggle.textContent())?.startsWith('Show')) await toggle.click();
    await page.getByRole('link', { name: `${NAMED.given} ${NAMED.family}` }).click();
    await page.getByRole('heading', { name: 'Clinical summary' }).waitFor();
    await page.getByText('Hypertensive disorder').waitFor();
    await page.getByText(/Frailty: severe/).waitFor();
    await page.getByText('Penicillin: Rash').waitFor();
    expect(errors).toEqual([]);
  });
});
