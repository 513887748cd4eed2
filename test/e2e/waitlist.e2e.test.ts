import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newId } from '../../src/platform/ids.ts';
import type { World } from '../support/factories.ts';
import { makeSlots } from '../support/booking.ts';
import { collectErrors, openPage, requireHarness, screenshotOnFailure, signIn, startHarness, stopHarness, type Harness } from './harness.ts';

// Reception's waitlist screen: a receptionist sees a patient already holding an offer (and until
// when), adds another patient for a GP with a priority and a note, and takes them off again.

let h: Harness | undefined;
let page: Page;
let w: World;

beforeAll(async () => {
  h = await startHarness(async (database, world) => {
    w = world;
    const n = w.network.id;
    // Someone already waiting for a physiotherapist, holding an offer of a freed slot two days away.
    const waiting = await database.db.insertInto('patient').values({
      network_id: n, id: newId(), nhs_number: '9434765870', practice_id: w.practiceA.id, given_name: 'Olive', family_name: 'Offered',
      date_of_birth: '1950-03-02', sex: 'female', phone: '07700 900321', communication_preferences: ['sms'],
    }).returning('id').executeTakeFirstOrThrow();
    const [slotId] = await makeSlots(database.db, { networkId: n, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.physio.id, serviceId: w.physioService.id, role: 'physiotherapist', start: new Date(Date.now() + 2 * 86_400_000), channels: ['own-practice'] });
    const entryId = newId();
    await database.db.insertInto('waitlist_entry').values({ network_id: n, id: entryId, patient_id: waiting.id, practice_id: w.practiceA.id, role: 'physiotherapist', priority: 'urgent', status: 'offered', note: 'Knee, worse since Friday', created_by_staff_id: w.receptionistA.id }).execute();
    await database.db.insertInto('waitlist_offer').values({ network_id: n, id: newId(), entry_id: entryId, patient_id: waiting.id, slot_id: slotId, offered_at: new Date(), expires_at: new Date(Date.now() + 2 * 3_600_000) }).execute();
  });
  if (!h) return;
  page = await openPage(h);
});

afterAll(async () => {
  await stopHarness(h);
});

describe('the waitlist screen', () => {
  it('reception sees the offers made, adds a patient and takes them off', async () => {
    requireHarness(h);
    screenshotOnFailure(() => ({ waitlist: page }));
    const errors = collectErrors(page);

    await signIn(page, h!.base, w.receptionistA.email, w.receptionistA.password);
    await page.getByRole('link', { name: 'Waitlist' }).click();
    await page.getByRole('heading', { name: 'Waitlist' }).waitFor();
    const rows = page.getByTestId('waitlist').locator('tbody tr');
    const olive = rows.filter({ hasText: 'Olive Offered' });
    await olive.waitFor();
    await expect(olive.textContent()).resolves.toMatch(/Urgent.*waiting for their answer \(until \d\d:\d\d\)/s);
    await expect(olive.textContent()).resolves.toContain('Knee, worse since Friday');

    // Add Mary Atkinson for a GP, soon, mornings only.
    await page.getByRole('button', { name: 'Add a patient' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a patient to the waitlist' });
    await dialog.getByLabel('Find the patient').fill('Atkinson');
    await dialog.getByText('ATKINSON, Mary').click();
    await dialog.getByText('Patient: Mary Atkinson').waitFor();
    await dialog.getByText('Soon', { exact: true }).click();
    await dialog.getByLabel('Note for reception (optional)').fill('Mornings only');
    await dialog.getByRole('button', { name: 'Add to the waitlist' }).click();
    const mary = rows.filter({ hasText: 'Mary Atkinson' });
    await mary.waitFor();
    await expect(mary.textContent()).resolves.toMatch(/Soon.*None yet/s);
    // Offer order: the urgent patient first, then Mary.
    await expect(rows.nth(0).textContent()).resolves.toContain('Olive Offered');
    await expect(rows.nth(1).textContent()).resolves.toContain('Mary Atkinson');

    // Take her off (the page asks first), then find her under "Taken off".
    page.once('dialog', (d) => { void d.accept(); });
    await mary.getByRole('button', { name: 'Take off' }).click();
    await mary.waitFor({ state: 'detached' });
    await page.getByText('Taken off', { exact: true }).click();
    await rows.filter({ hasText: 'Mary Atkinson' }).waitFor();
    expect(errors).toEqual([]);
  });
});
