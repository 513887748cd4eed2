import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateSlots } from '../../src/modules/booking/index.ts';
import { bankHolidays } from '../../src/platform/calendar.ts';
import type { Database } from '../../src/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import type { World } from '../support/factories.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn as signInAt, startHarness, stopHarness, type Harness } from './harness.ts';

// One journey through the real app: a receptionist at practice A finds a patient, books them into
// the evening hub (another organisation) in three clicks, switches to the hub and sees the booking
// on the hub's day list. SCREENSHOTS=1 also refreshes the pictures in docs/user-guide/img/.

const SHOTS = process.env.SCREENSHOTS === '1';
const IMG = 'docs/user-guide/img';

let h: Harness | undefined;
let database: Database;
let page: Page;
let base: string;
let w: World;
let hubDay: string;

const londonDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
function addDays(date: string, n: number) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function shot(name: string) {
  if (!SHOTS) return;
  // Toasts from earlier steps would cover the header in the pictures.
  for (const close of await page.locator('.mantine-Notification-root button').all()) await close.click().catch(() => {});
  await page.waitForTimeout(400); // let transitions (modals, toasts) settle
  await page.screenshot({ path: `${IMG}/${name}.png` });
}

async function addTemplate(p: { staffId: string; organisationId: string; siteId: string; serviceId: string; name: string; weekday: number; start: string; end: string; from: string; channels: string[]; networkShare: number }) {
  await database.db.insertInto('rota_template').values({
    network_id: w.network.id, id: newId(), staff_id: p.staffId, organisation_id: p.organisationId, site_id: p.siteId, service_id: p.serviceId, role: 'gp',
    name: p.name, weekday: p.weekday, start_time: p.start, end_time: p.end, slot_minutes: 15, mode: 'face-to-face', national_category: 'General Consultation Routine',
    channels: p.channels as never, network_share: p.networkShare, embargo_hours: null, valid_from: p.from, valid_to: null,
  }).execute();
}

async function signIn(email: string, password: string, picture = false) {
  await signInAt(page, base, email, password, picture ? () => shot('login') : undefined);
}

beforeAll(async () => {
  // Without a browser there is nothing to set up; the test itself then fails (not skips), below.
  h = await startHarness(async (db, world) => {
    database = db;
    w = world;
    // Rita works some evenings for the hub too, so she has an organisation switcher.
    await database.db.insertInto('staff_role').values({ network_id: w.network.id, staff_id: w.receptionistA.id, organisation_id: w.hub.id, role: 'receptionist' }).execute();

    // The hub's session: the first day from tomorrow that is not a bank holiday (no slots are made on those).
    hubDay = addDays(londonDate(new Date()), 1);
    while (bankHolidays.isBankHoliday(hubDay)) hubDay = addDays(hubDay, 1);
    await addTemplate({ staffId: w.hubGp.id, organisationId: w.hub.id, siteId: w.hubSite.id, serviceId: w.gpService.id, name: 'Hub extended access', weekday: isoWeekday(hubDay),
      start: '09:00', end: '12:00', from: hubDay, channels: ['own-practice', 'network', 'hub', 'nhs111'], networkShare: 100 });
    // Practice A's own surgery the day after, so the list mixes practices and the rota editor has something to show.
    await addTemplate({ staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, name: 'Morning surgery', weekday: isoWeekday(addDays(hubDay, 1)),
      start: '08:30', end: '11:00', from: hubDay, channels: ['own-practice', 'network'], networkShare: 30 });
    const hub = await generateSlots(database.db, { networkId: w.network.id, organisationId: w.hub.id, from: hubDay, weeks: 1 });
    expect(hub.created).toBe(12);
    await generateSlots(database.db, { networkId: w.network.id, organisationId: w.practiceA.id, from: hubDay, weeks: 2 });
  });
  if (!h) return;
  if (SHOTS) mkdirSync(IMG, { recursive: true });
  base = h.base;
  page = await openPage(h);
});

afterAll(async () => {
  await stopHarness(h);
});

describe('booking across the network', () => {
  it('a practice receptionist books a patient into the hub and the booking is on the hub day list', async () => {
    // Fail, not skip: a missing browser must not look like a passing suite.
    requireHarness(h);
    screenshotOnFailure(() => ({ booking: page }));
    // The browser logs every 4xx: a 401 from the session check on the sign-in page and the 409 below are expected.
    const errors = collectErrors(page, [401, 409]);

    await signIn(w.receptionistA.email, w.receptionistA.password, true);
    // Rita works for two organisations; today she is at the front desk of Riverside Surgery.
    const workingFor = page.getByLabel('Working for');
    if ((await workingFor.inputValue()) !== w.practiceA.id) {
      await workingFor.selectOption({ label: 'Riverside Surgery (practice)' });
      await page.getByText('You are now working for Riverside Surgery').waitFor();
    }

    // Find the patient: the search box has focus; Enter searches.
    await page.getByRole('heading', { name: 'Find a patient' }).waitFor();
    await page.keyboard.type('Atkinson');
    await page.keyboard.press('Enter');
    const result = page.getByTestId('patient-result').filter({ hasText: 'ATKINSON, Mary' });
    await result.waitFor();
    await shot('patient-search');

    // Click 1: the patient. The network's earliest slots are already listed.
    await result.click();
    await page.getByTestId('patient-banner').getByText('ATKINSON, Mary').waitFor();
    const hubSlot = page.getByTestId('slot-row').filter({ hasText: 'Network Hub' }).first();
    await hubSlot.waitFor();
    await shot('slot-list');

    // Click 2: the slot. Click 3: Book.
    await hubSlot.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('booking-summary').textContent()).resolves.toContain('Hub at Riverside');
    await dialog.getByLabel('Reason for the appointment (optional)').fill('Sore knee for two weeks');
    await shot('booking-confirm');
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByText('Appointment booked').waitFor();
    await page.getByTestId('upcoming-appointments').getByText('Hub at Riverside · Network Hub').waitFor();

    // A slot someone else takes while the dialog is open: the problem is shown and the list refreshed.
    const next = page.getByTestId('slot-row').filter({ hasText: 'Network Hub' }).first();
    await expect.poll(() => next.textContent()).toContain('09:15');
    await next.click();
    const taken = await database.db.selectFrom('slot').select('id').where('network_id', '=', w.network.id).where('staff_id', '=', w.hubGp.id)
      .where('status', '=', 'free').orderBy('start_at').limit(1).executeTakeFirstOrThrow();
    await database.db.updateTable('slot').set({ status: 'booked' }).where('network_id', '=', w.network.id).where('id', '=', taken.id).execute();
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await dialog.getByRole('alert').getByText('Someone else has just booked that slot').waitFor();
    await dialog.getByRole('button', { name: 'Choose another slot' }).click();
    await expect.poll(() => page.getByTestId('slot-row').filter({ hasText: 'Network Hub' }).first().textContent()).toContain('09:30');

    // Switch to the hub and open its day list for that day.
    await page.getByLabel('Working for').selectOption({ label: 'Network Hub (hub)' });
    await page.getByText('You are now working for Network Hub').waitFor();
    await page.getByRole('link', { name: 'Day list' }).click();
    await page.getByLabel('Date').fill(hubDay);
    const row = page.getByTestId('day-list-appointment').filter({ hasText: 'Mary Atkinson' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Sore knee for two weeks');
    await expect(row.getByRole('button', { name: 'Mark Mary Atkinson as arrived' }).isVisible()).resolves.toBe(true);
    await shot('day-list');

    // The practice manager's rota editor and capacity, for the user guide.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(w.managerA.email, w.managerA.password);
    await page.getByRole('link', { name: 'Rota and capacity' }).click();
    await page.getByTestId('rota-staff').filter({ hasText: 'Dr Ada Jones' }).waitFor();
    await shot('rota-editor');
    await page.getByRole('tab', { name: 'Capacity shared' }).click();
    await page.getByTestId('capacity-table').waitFor();
    await shot('capacity');

    expect(errors).toEqual([]);
  });
});
