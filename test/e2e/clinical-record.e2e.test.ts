import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// Recording on a patient's page: a GP opens Mary Atkinson (the factories' patient of practice A), records
// a problem, a blood pressure reading and a repeat medicine through the forms under the clinical summary,
// and sees each appear in the summary (hypertension also puts her on its register). An impossible reading
// is refused with the API's own problem shown and nothing recorded. Then an allergy: a code with a wrong
// check digit is refused and nothing recorded; with the right one it shows among her allergies, in red.

let h: Harness | undefined;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  if (h) page = await openPage(h);
}, 120_000);
afterAll(async () => {
  await stopHarness(h);
});

/** A box of the forms by its label, exactly (a required one's label ends with " *"). */
const fieldIn = (forms: Locator) => (label: string) => forms.getByLabel(new RegExp(`^${label.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}( \\*)?$`));

/** Signs the practice A GP in on `on` and opens Mary Atkinson's page: its recording forms and clinical summary. */
async function openMaryAsGp(on: Page, base: string, w: Harness['w']) {
  await signIn(on, base, w.gpA.email, w.gpA.password);
  await on.waitForURL((u) => !u.pathname.startsWith('/login'));
  await on.goto(`${base}/patients/${w.patientA.id}`);
  const forms = on.getByLabel('Record on the clinical summary');
  return { forms, field: fieldIn(forms), summary: on.getByLabel('Clinical summary') };
}

describe('recording on the clinical summary', () => {
  it('a GP records a problem, a reading and a medicine from the patient page, and an impossible reading is refused', async () => {
    const { base, w } = requireHarness(h);
    screenshotOnFailure(() => ({ record: page }));
    // The refused reading's 400 is logged by the browser as a console error: expected here.
    const errors = collectErrors(page, [401, 400]);
    const { forms, field, summary } = await openMaryAsGp(page, base, w);
    await summary.getByText('No active problems recorded').waitFor();

    // A problem: hypertension (38341003), which puts her on the hypertension register.
    await forms.getByRole('tab', { name: 'Add a problem' }).click();
    await field('SNOMED CT code').fill('38341003');
    await field('Problem').fill('Hypertensive disorder');
    await field('Diagnosed on').fill('2024-06-01');
    await forms.getByRole('button', { name: 'Record' }).click();
    await summary.getByText('Hypertensive disorder').waitFor();
    await summary.getByText(/^Hypertension/).waitFor();

    // An impossible blood pressure: the API's problem is shown, nothing is recorded.
    await forms.getByRole('tab', { name: 'Add a reading or review' }).click();
    await field('Systolic').fill('900');
    await field('Diastolic').fill('20');
    await forms.getByRole('button', { name: 'Record' }).click();
    await forms.getByRole('alert').waitFor();
    await summary.getByText('No readings recorded').waitFor();

    // A possible one.
    await field('Systolic').fill('148');
    await field('Diastolic').fill('92');
    await forms.getByRole('button', { name: 'Record' }).click();
    await forms.getByText('Recorded.').waitFor();
    await summary.getByText(/148\/92/).waitFor();

    // A repeat medicine.
    await forms.getByRole('tab', { name: 'Add a medicine' }).click();
    await field('Medicine').fill('Ramipril 5mg capsules');
    await field('dm+d code (if known)').fill('318248001');
    await field('Started on').fill('2024-06-02');
    await forms.getByRole('button', { name: 'Record' }).click();
    await summary.getByText('Ramipril 5mg capsules').waitFor();
    await expect(summary.getByText(/^repeat, from/).count()).resolves.toBe(1);

    // Each write is one audit row against her.
    const audited = await h!.database.db.selectFrom('audit_event').select(['entity']).where('patient_id', '=', w.patientA.id).where('action', '=', 'create').execute();
    expect(audited.map((a) => a.entity).sort()).toEqual(['phm_condition', 'phm_medication', 'phm_observation']);
    expect(errors).toEqual([]);
  });

  it('a GP records an allergy from the patient page, and a code with a wrong check digit is refused', async () => {
    const { base, w } = requireHarness(h);
    // A page of its own, signed in afresh: nothing carried over from the test above.
    const page = await openPage(h!);
    screenshotOnFailure(() => ({ allergy: page }));
    const errors = collectErrors(page, [401, 400]);
    const allergies = () => h!.database.db.selectFrom('phm_allergy').select(['display', 'code', 'reaction', 'recorded_on', 'active']).where('patient_id', '=', w.patientA.id).execute();

    const { forms, field, summary } = await openMaryAsGp(page, base, w);
    await summary.getByText('None recorded in Commons (check the GP record)').waitFor();

    // Allergy to penicillin is 91936005: 91936006 fails its Verhoeff check digit, and the API says so.
    await forms.getByRole('tab', { name: 'Add an allergy' }).click();
    await field('Allergic to').fill('Penicillin');
    await field('Reaction').fill('Urticaria');
    await field('SNOMED CT code (if known)').fill('91936006');
    await field('Recorded on').fill('2025-03-14');
    await forms.getByRole('button', { name: 'Record' }).click();
    await forms.getByRole('alert').waitFor();
    await expect(allergies()).resolves.toEqual([]);
    await summary.getByText('None recorded in Commons (check the GP record)').waitFor();

    await field('SNOMED CT code (if known)').fill('91936005');
    await forms.getByRole('button', { name: 'Record' }).click();
    await forms.getByText('Recorded.').waitFor();
    await summary.getByText('Penicillin: Urticaria').waitFor();
    await summary.getByText('recorded 14 Mar 2025').waitFor();
    const [recorded, ...more] = await allergies();
    expect(more).toEqual([]);
    expect({ ...recorded, recorded_on: String(recorded.recorded_on) }).toEqual({ display: 'Penicillin', code: '91936005', reaction: 'Urticaria', recorded_on: '2025-03-14', active: true });
    const audited = await h!.database.db.selectFrom('audit_event').select(['entity']).where('patient_id', '=', w.patientA.id).where('action', '=', 'create').where('entity', '=', 'phm_allergy').execute();
    expect(audited).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
