import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runRemindersAndWaitlist, sendQueuedMessages } from '../../src/modules/messaging/index.ts';
import { bankHolidays } from '../../src/platform/calendar.ts';
import type { Database } from '../../src/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import { factories, type World } from '../support/factories.ts';
import { makeSlots } from '../support/booking.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// A patient opens the link in their booking confirmation (from the log provider's outbox), cancels;
// the slot is free again in the staff day list, and a waitlisted patient is offered it and accepts
// through their own link.

let h: Harness | undefined;
let database: Database;
let w: World;
let slotDay: string;
let slotId: string;
let waiting: { id: string };
const logPath = join(mkdtempSync(join(tmpdir(), 'commons-e2e-links-')), 'messages.log');

const londonDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
function addDays(date: string, n: number) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The patient's newest link of a kind, as a path on this server, read from the log provider's file. */
async function linkFor(patientId: string, template: string) {
  await sendQueuedMessages(database.db, { logPath });
  const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { patientId: string; template: string; body: string });
  const body = lines.filter((l) => l.patientId === patientId && l.template === template).at(-1)!.body;
  return /\/p\/[A-Za-z0-9_.-]+/.exec(body)![0];
}

beforeAll(async () => {
  h = await startHarness(async (db, world) => {
    database = db;
    w = world;
    slotDay = addDays(londonDate(new Date()), 2);
    while (bankHolidays.isBankHoliday(slotDay)) slotDay = addDays(slotDay, 1);
    // 10:00 London on that day (BST or GMT): a slot any rota could have made, released for online booking.
    const start = new Date(`${slotDay}T10:00:00${new Date(`${slotDay}T12:00:00Z`).toLocaleString('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' }).includes('BST') ? '+01:00' : 'Z'}`);
    [slotId] = await makeSlots(db.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start, channels: ['own-practice', 'online'], status: 'booked' });
    await db.db.insertInto('appointment').values({
      network_id: w.network.id, id: newId(), slot_id: slotId, patient_id: w.patientA.id, status: 'booked', start_at: start, end_at: new Date(start.getTime() + 600_000),
      provider_organisation_id: w.practiceA.id, site_id: w.siteA.id, staff_id: w.gpA.id, service_id: w.gpService.id, role: 'gp', mode: 'face-to-face',
      national_category: 'General Consultation Routine', channel: 'own-practice', booker_organisation_id: w.practiceA.id, patient_practice_id: w.practiceA.id, booked_at: new Date(Date.now() - 3_600_000),
    }).execute();
    waiting = await factories(db.db).patient(w.network.id, w.practiceA.id, { givenName: 'Wendy', familyName: 'Waiting' });
    await db.db.insertInto('waitlist_entry').values({ network_id: w.network.id, id: newId(), patient_id: waiting.id, practice_id: w.practiceA.id, role: 'gp', priority: 'soon' }).execute();
  });
});

afterAll(async () => {
  await stopHarness(h);
});

describe('the patient\'s link', () => {
  it('cancels from the confirmation, frees the slot in the staff book, and offers it to the waitlist', async () => {
    const harness = requireHarness(h);
    const patient = await openPage(harness);
    let staff: Page | undefined;
    screenshotOnFailure(() => ({ patient, staff }));
    const errors = collectErrors(patient, []);

    await runRemindersAndWaitlist(database.db, new Date());
    await patient.goto(harness.base + await linkFor(w.patientA.id, 'appointment-confirmation'));
    await patient.getByRole('heading', { name: 'Your appointment' }).waitFor();
    await expect(patient.locator('#appointment-status').textContent()).resolves.toBe('Booked');
    await patient.getByRole('button', { name: 'Cancel appointment' }).click();
    await patient.getByRole('heading', { name: 'Are you sure you want to cancel?' }).waitFor();
    await patient.getByLabel('Why are you cancelling? (optional)').fill('I feel better now');
    await patient.getByRole('button', { name: 'Yes, cancel my appointment' }).click();
    await patient.getByRole('heading', { name: 'Your appointment has been cancelled' }).waitFor();

    // Reception's day list shows the slot free again.
    staff = await openPage(harness);
    await signIn(staff, harness.base, w.receptionistA.email, w.receptionistA.password);
    await staff.getByRole('link', { name: 'Day list' }).waitFor();
    // Straight to the day and site, as a bookmarked day list opens.
    await staff.goto(`${harness.base}/day-list?date=${slotDay}&siteId=${w.siteA.id}`);
    const list = staff.getByTestId('day-list');
    await list.waitFor();
    await expect.poll(() => list.textContent()).toContain('Free');
    await expect(staff.getByTestId('day-list-appointment').count()).resolves.toBe(0);

    // The job offers it to the waitlisted patient, who accepts through their own link.
    expect((await runRemindersAndWaitlist(database.db, new Date())).offered).toBe(1);
    const offerPage = await openPage(harness);
    await offerPage.goto(harness.base + await linkFor(waiting.id, 'waitlist-offer'));
    await offerPage.getByRole('heading', { name: 'An earlier appointment is available' }).waitFor();
    await offerPage.getByRole('button', { name: 'Accept this appointment' }).click();
    await offerPage.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
    const booked = await database.db.selectFrom('appointment').select(['patient_id', 'status']).where('slot_id', '=', slotId).where('status', '=', 'booked').executeTakeFirstOrThrow();
    expect(booked.patient_id).toBe(waiting.id);

    // A link that has been altered gets a clear page, not a crash.
    await patient.goto(`${harness.base}/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA`);
    await patient.getByRole('heading', { name: 'This link does not work' }).waitFor();
    expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
  });
});
