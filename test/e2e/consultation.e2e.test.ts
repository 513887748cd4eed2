import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// The online-consultation journey through the real app: Mary Atkinson fills in the NHS-styled form on
// her phone (one question per page) and gets a reference; an emergency stops the form at "Call 999 now"
// and queues nothing; then Dr Ada Jones finds the request in the network triage queue, claims it,
// replies to Mary and closes it.

let h: Harness | undefined;
let odsA: string;
let patientPage: Page | undefined;
let staffPage: Page | undefined;

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
const ROUTINE = 'aching knee for three weeks, worse on stairs';
const EMERGENCY = 'crushing chest pain spreading to my left arm and I feel sweaty';

beforeAll(async () => {
  // Without a browser there is nothing to set up; the test itself then fails (not skips), below.
  h = await startHarness(async (database, w) => {
    const org = await database.db.selectFrom('organisation').select('ods_code').where('network_id', '=', w.network.id).where('id', '=', w.practiceA.id).executeTakeFirstOrThrow();
    odsA = org.ods_code!;
  });
});

afterAll(async () => {
  await stopHarness(h);
});

async function consultationCount(): Promise<number> {
  const { database, w } = requireHarness(h);
  const row = await database.db.selectFrom('consultation').select((eb) => eb.fn.countAll<string>().as('n')).where('network_id', '=', w.network.id).executeTakeFirstOrThrow();
  return Number(row.n);
}

// first(): the confirmation page has two h1s (the page heading and the panel title), see the report.
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).first().waitFor();
const cont = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true }).click();

/** From the start page to the description page: the patient herself, found by date of birth and postcode. */
async function identifyAsMary(page: Page) {
  await page.goto(`${requireHarness(h).base}/request/${odsA}`);
  await heading(page, 'Contact your GP practice online');
  await expect(page.getByText(`You started from practice code ${odsA}.`).isVisible()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Start now' }).click();

  await heading(page, 'Who is this request for?');
  await page.getByRole('radio', { name: 'Me', exact: true }).check();
  await cont(page);

  await heading(page, 'What is your name?');
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Mary');
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Atkinson');
  await cont(page);

  await heading(page, 'What is your date of birth?');
  await page.getByRole('textbox', { name: 'Day', exact: true }).fill('2');
  await page.getByRole('textbox', { name: 'Month', exact: true }).fill('3');
  await page.getByRole('textbox', { name: 'Year', exact: true }).fill('1956');
  await cont(page);

  await heading(page, 'Do you know your NHS number?');
  await page.getByRole('radio', { name: 'No, use your postcode instead', exact: true }).check();
  await page.getByRole('textbox', { name: 'Your postcode', exact: true }).fill('ls6 2ab');
  await page.getByRole('button', { name: 'Find my details' }).click();

  await heading(page, 'What do you need help with?');
  await page.getByText('We found your details. This request will go to Riverside Surgery and the team that works with them.').waitFor();
  await page.getByRole('radio', { name: 'A health problem', exact: true }).check();
  await cont(page);

  await heading(page, 'Describe your problem in your own words');
}

/** One follow-up question: its page, then the answer. */
async function answer(page: Page, question: string, fill: (page: Page) => Promise<void>) {
  await heading(page, question);
  await fill(page);
  await cont(page);
}

describe('online consultation', () => {
  it('a patient sends a request from her phone, an emergency is stopped, and a GP claims, replies to and closes the request', async () => {
    const { database, w, base } = requireHarness(h);
    screenshotOnFailure(() => ({ patient: patientPage, staff: staffPage }));

    // 1. Mary, on her phone, with no login.
    patientPage = await openPage(requireHarness(h), PHONE);
    const page = patientPage;
    const patientErrors = collectErrors(page, []);
    expect(await consultationCount()).toBe(0);

    await identifyAsMary(page);
    await page.getByRole('textbox', { name: 'Describe your problem in your own words', exact: true }).fill(ROUTINE);
    await cont(page);
    // The triage engine's follow-up questions, one per page.
    await answer(page, 'How many days ago did this start?', (p) => p.getByRole('textbox', { name: 'How many days ago did this start?', exact: true }).fill('21'));
    await answer(page, 'How bad is it, from 0 to 10?', (p) => p.getByRole('textbox', { name: 'How bad is it, from 0 to 10?', exact: true }).fill('4'));
    await answer(page, 'Is it getting worse?', (p) => p.getByRole('radio', { name: 'No', exact: true }).check());
    await answer(page, 'Are you unable to leave your home without a lot of help?', (p) => p.getByRole('radio', { name: 'No', exact: true }).check());
    await answer(page, 'What would you like us to help with?', (p) => p.getByRole('textbox', { name: 'What would you like us to help with?', exact: true }).fill('Advice and exercises, please'));

    await heading(page, 'Check your answers before sending your request');
    const summary = page.locator('main');
    for (const text of ['Mary Atkinson', '2/3/1956', 'LS6 2AB', 'A health problem', ROUTINE, 'How many days ago did this start?', '21', 'Advice and exercises, please']) {
      await summary.getByText(text, { exact: true }).first().waitFor();
    }
    await page.getByRole('button', { name: 'Send request' }).click();

    await heading(page, 'Request sent');
    const reference = (await page.locator('.nhsuk-panel strong').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^OC-[2-9A-HJ-NP-Z]{6}$/);
    await page.getByText(/^Riverside Surgery will reply /).waitFor();
    expect(await consultationCount()).toBe(1);
    const sent = await database.db.selectFrom('consultation').selectAll().where('network_id', '=', w.network.id).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ patient_id: w.patientA.id, practice_id: w.practiceA.id, channel: 'online', submitted_by: 'patient', type: 'medical', description: ROUTINE, urgency: 'routine', status: 'new' });
    expect(sent.answers).toMatchObject({ onsetDays: 21, severity: 4, worsening: false, housebound: false, helpWanted: 'Advice and exercises, please' });

    // 2. Start again with an emergency: the form stops at "Call 999 now" and nothing is queued.
    await identifyAsMary(page);
    await page.getByRole('textbox', { name: 'Describe your problem in your own words', exact: true }).fill(EMERGENCY);
    await cont(page);
    await heading(page, 'Call 999 now');
    await page.getByText('Your request has not been sent to the practice, because they cannot respond fast enough.').waitFor();
    await expect(page.getByRole('button', { name: 'Send request' }).count()).resolves.toBe(0);
    expect(await consultationCount()).toBe(1);
    expect(patientErrors).toEqual([]);

    // 3. Dr Ada Jones (GP at Riverside Surgery and the hub) works the network's triage queue.
    staffPage = await openPage(requireHarness(h));
    const staff = staffPage;
    const staffErrors = collectErrors(staff, [401]);
    await signIn(staff, base, w.gpA.email, w.gpA.password);
    const workingFor = staff.getByLabel('Working for');
    await workingFor.waitFor();
    if ((await workingFor.inputValue()) !== w.practiceA.id) {
      await workingFor.selectOption({ label: 'Riverside Surgery (practice)' });
      await staff.getByText('You are now working for Riverside Surgery').waitFor();
    }
    await staff.getByRole('link', { name: 'Online consultations' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Online consultations' }).waitFor();
    await staff.getByRole('tab', { name: 'Triage queue', selected: true }).waitFor();

    const open = staff.getByRole('button', { name: `Open request ${reference} for Mary Atkinson` });
    await open.waitFor();
    const row = staff.getByRole('row').filter({ has: open });
    await expect(row.textContent()).resolves.toContain(ROUTINE);
    await expect(row.textContent()).resolves.toContain('New');
    await open.click();

    const drawer = staff.getByRole('dialog');
    await drawer.getByRole('heading', { name: `Mary Atkinson ${reference}` }).waitFor();
    await drawer.getByText(ROUTINE, { exact: true }).waitFor();
    await drawer.getByText('New', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: 'Claim', exact: true }).click();
    await drawer.getByRole('button', { name: 'Release', exact: true }).waitFor();
    await drawer.getByText('In progress', { exact: true }).waitFor();
    await expect.poll(async () => (await database.db.selectFrom('consultation').select(['status', 'claimed_by_staff_id']).where('network_id', '=', w.network.id).where('reference', '=', reference).executeTakeFirstOrThrow()))
      .toEqual({ status: 'in-progress', claimed_by_staff_id: w.gpA.id });

    // Reply with a message: the request waits for the patient.
    await drawer.getByRole('heading', { name: 'Act on this request' }).waitFor();
    await drawer.getByLabel('Message to the patient').fill('Please try the knee exercises on the NHS website for two weeks and reply if it is no better.');
    await drawer.getByRole('button', { name: 'Reply to patient', exact: true }).click();
    await drawer.getByText('Waiting for patient', { exact: true }).waitFor();
    await drawer.getByText('Paused: waiting for patient', { exact: false }).first().waitFor();

    // Close it with an outcome.
    await drawer.getByText('Close', { exact: true }).click();
    await drawer.getByLabel('Outcome').click();
    await staff.getByRole('option', { name: 'Advice given', exact: true }).click();
    await drawer.getByRole('button', { name: 'Close', exact: true }).click();
    await drawer.getByText('Closed', { exact: true }).waitFor();
    await drawer.getByText('Advice given', { exact: true }).waitFor();
    await expect(drawer.getByRole('button', { name: 'Release', exact: true }).count()).resolves.toBe(0);

    const closed = await database.db.selectFrom('consultation').selectAll().where('network_id', '=', w.network.id).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'advice-given' });
    const events = await database.db.selectFrom('consultation_event').select(['type', 'to_status']).where('network_id', '=', w.network.id).where('consultation_id', '=', closed.id).orderBy('at').execute();
    expect(events.map((e) => `${e.type}:${e.to_status}`)).toEqual(['submitted:new', 'claimed:in-progress', 'reply:awaiting-patient', 'close:closed']);

    // Closed requests leave the open queue.
    await staff.keyboard.press('Escape');
    await expect.poll(() => staff.getByRole('button', { name: `Open request ${reference} for Mary Atkinson` }).count()).toBe(0);
    expect(staffErrors).toEqual([]);
  });
});
