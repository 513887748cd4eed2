import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';
import { factories } from '../support/factories.ts';

// Care navigation to social prescribing through the real app: Rita at Riverside Surgery's reception
// takes a call from Mary Atkinson, who is lonely, and refers her to a social prescriber from the
// navigation form; Lina, the PCN's link worker, takes the referral from the caseload board, records
// Mary's ONS4 at first contact, adds a goal and refers her into a walking group.

let h: Harness | undefined;
let linkWorker: { id: string; email: string; password: string };
let reception: Page | undefined;
let lina: Page | undefined;

beforeAll(async () => {
  h = await startHarness(async (database, w) => {
    linkWorker = await factories(database.db).staff(w.network.id, [{ organisationId: w.pcn.id, role: 'link-worker' }], { name: 'Lina Link' });
  });
}, 300_000); // a fresh database, the server and chromium: slow on a shared, busy machine
afterAll(async () => {
  await stopHarness(h);
});

describe('a lonely caller navigated to a social prescriber', () => {
  it('is referred from the navigation form and taken on by the link worker, who records ONS4, a goal and a walking group', async () => {
    screenshotOnFailure(() => ({ reception, lina }));
    const { base, database, w } = requireHarness(h);

    // 1. Reception: find Mary, record the navigation contact with the suggested decision.
    reception = await openPage(requireHarness(h));
    const page = reception;
    const receptionErrors = collectErrors(page, [401]);
    await signIn(page, base, w.receptionistA.email, w.receptionistA.password);
    await page.getByRole('heading', { level: 1, name: 'Find a patient' }).waitFor();
    await page.getByRole('link', { name: 'Record a call (caller not identified)' }).waitFor();
    // The search box has focus; Enter searches.
    await page.keyboard.type('Atkinson');
    await page.keyboard.press('Enter');
    await page.getByTestId('patient-result').filter({ hasText: 'ATKINSON, Mary' }).click();
    await page.getByRole('link', { name: 'Record navigation contact' }).click();
    await page.getByRole('heading', { name: 'Record a navigation contact' }).waitFor();
    await page.getByText('Caller:').waitFor();

    const started = Date.now();
    await page.getByLabel('Why are they calling? (their words)').fill('Since my husband died I hardly speak to anyone. I just want some company.');
    // Keyboard only: Tab to the need, type part of it, Enter (the field opens once the needs have loaded).
    const need = page.getByPlaceholder('Type to find');
    await expect.poll(() => need.isEnabled()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lonel');
    await page.keyboard.press('Enter');
    await expect.poll(() => need.inputValue()).toBe('Loneliness or isolation');
    // The need suggests the decision: a referral to social prescribing, already chosen.
    await expect.poll(() => page.getByRole('radio', { name: /Refer to social prescribing/ }).isChecked()).toBe(true);
    await page.getByLabel('They agreed to be referred to a social prescribing link worker').check();
    await page.keyboard.press('Control+Enter');
    await page.getByText('Contact recorded').waitFor();
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(30);

    const contact = await database.db.selectFrom('nav_contact').selectAll().where('network_id', '=', w.network.id).where('patient_id', '=', w.patientA.id).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ need: 'loneliness', decision: 'social-prescribing', recorded_by_staff_id: w.receptionistA.id });
    const referral = await database.db.selectFrom('sp_referral').selectAll().where('network_id', '=', w.network.id).where('id', '=', contact.sp_referral_id!).executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ patient_id: w.patientA.id, source: 'navigation', status: 'new', reasons: ['loneliness-isolation'], referral_code: '871731000000106' });
    expect(receptionErrors).toEqual([]);

    // 2. The link worker: the referral is on the board, not yet allocated.
    lina = await openPage(requireHarness(h));
    const lw = lina;
    const lwErrors = collectErrors(lw, [401]);
    await signIn(lw, base, linkWorker.email, linkWorker.password);
    await lw.getByRole('link', { name: 'Social prescribing' }).click();
    await lw.getByRole('heading', { level: 1, name: 'Social prescribing caseload' }).waitFor();
    await lw.getByText('1 new').waitFor();
    const newColumn = lw.getByRole('region', { name: /^New: / });
    await newColumn.getByText('Mary Atkinson').waitFor();
    await newColumn.getByRole('button', { name: 'Take this referral' }).click();
    await newColumn.getByText('With Lina Link').waitFor();
    await newColumn.getByRole('button', { name: 'Mary Atkinson' }).click();

    await lw.getByRole('heading', { level: 1, name: 'Mary Atkinson' }).waitFor();
    await lw.getByText('Link worker: Lina Link').waitFor();

    // ONS4 at first contact.
    await lw.getByLabel('Overall, how satisfied are you with your life nowadays?').fill('3');
    await lw.getByLabel('Overall, to what extent do you feel that the things you do in your life are worthwhile?').fill('4');
    await lw.getByLabel('Overall, how happy did you feel yesterday?').fill('3');
    await lw.getByLabel('Overall, how anxious did you feel yesterday?').fill('7');
    await lw.getByRole('button', { name: 'Record ONS4' }).click();
    await lw.getByRole('columnheader', { name: /First contact/ }).waitFor();

    // A goal in the support plan, and an onward referral into a walking group.
    await lw.getByLabel('New goal').fill('Go to the walking group once a week');
    await lw.getByRole('button', { name: 'Add goal' }).click();
    await lw.getByText('Go to the walking group once a week').first().waitFor();
    await lw.getByLabel('Refer to an offer').fill('Riverside walking group');
    await lw.getByRole('button', { name: 'Refer', exact: true }).click();
    await lw.getByText('Riverside walking group').first().waitFor();

    const plan = await database.db.selectFrom('sp_referral').select(['status', 'link_worker_staff_id']).where('network_id', '=', w.network.id).where('id', '=', referral.id).executeTakeFirstOrThrow();
    expect(plan).toEqual({ status: 'new', link_worker_staff_id: linkWorker.id });
    const ons4 = await database.db.selectFrom('sp_wellbeing').selectAll().where('network_id', '=', w.network.id).where('referral_id', '=', referral.id).execute();
    expect(ons4).toEqual([expect.objectContaining({ measure: 'ons4', timepoint: 'first-contact', life_satisfaction: 3, worthwhile: 4, happy: 3, anxious: 7 })]);
    const goals = await database.db.selectFrom('sp_goal').select(['description', 'owner']).where('network_id', '=', w.network.id).where('referral_id', '=', referral.id).execute();
    expect(goals).toEqual([{ description: 'Go to the walking group once a week', owner: 'Mary' }]);
    const onward = await database.db.selectFrom('sp_onward_referral').select(['offer_name', 'taken_up']).where('network_id', '=', w.network.id).where('referral_id', '=', referral.id).execute();
    expect(onward).toEqual([{ offer_name: 'Riverside walking group', taken_up: null }]);
    expect(lwErrors).toEqual([]);
  });
});
