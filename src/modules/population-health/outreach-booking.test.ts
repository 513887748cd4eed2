import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots } from '../../../test/support/booking.ts';
import type { Client } from '../../../test/support/test-app.ts';
import { newId } from '../../platform/ids.ts';
import { findMessagesFor } from '../messaging/index.ts';
import { recomputeSummaries } from './recompute.ts';

// An outreach invitation that books, end to end through the real routes: a structured medication review
// list (the pharmacist's, by its purpose) invites people; each opens the link in their message, sees the
// pharmacist's slots released for online booking (not the GP's, not those kept for reception), books
// one; the list shows them booked, then attended or did not attend as the appointment book records.

const PHM = '/api/v1/population-health';
const DAY = 86_400_000;
const { t, w } = useTestApp();
let director: Client; // the practice's GP, who sees its patients
let reception: Client;
let ip = 0;
const people: string[] = [];
let smrSlots: string[] = [];
let gpSlot = '';
let receptionOnlySlot = '';

/** A patient's call, each from its own address as from their own phone (the link routes are limited per address). */
const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/messaging${url}`, ...(payload ? { payload } : {}), remoteAddress: `10.9.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}` });

beforeAll(async () => {
  const n = w.network.id;
  const smr = await t.make.service(n, { role: 'pharmacist', code: `smr-${n.slice(-6)}`, name: 'Clinical pharmacist medication review', category: 'Structured Medication Review' });
  await t.make.service(n, { role: 'pharmacist', code: `pharm-q-${n.slice(-6)}`, name: 'Medicines queries', category: 'General Consultation Routine' });
  // Signed in after the services exist: the network's services are held in memory once read (network/reference.ts).
  director = await t.as(w.gpA, w.practiceA.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
  const pharmacist = await t.make.staff(n, [{ organisationId: w.practiceA.id, role: 'pharmacist' }], { name: 'Priya Pharmacist' });
  const start = new Date(Math.ceil(Date.now() / DAY) * DAY + 3 * DAY + 9 * 3_600_000);
  smrSlots = await makeSlots(t.db, { networkId: n, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: pharmacist.id, serviceId: smr.id, role: 'pharmacist', start, count: 3, minutes: 20, channels: ['own-practice', 'online'] });
  [receptionOnlySlot] = await makeSlots(t.db, { networkId: n, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: pharmacist.id, serviceId: smr.id, role: 'pharmacist', start: new Date(start.getTime() + DAY), channels: ['own-practice'] });
  [gpSlot] = await makeSlots(t.db, { networkId: n, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start, channels: ['own-practice', 'online'] });
  for (const name of ['Harold', 'Iris', 'Jack']) {
    const p = await t.make.patient(n, w.practiceA.id, { givenName: name, dateOfBirth: '1950-02-02' });
    await t.db.insertInto('phm_condition').values({ network_id: n, id: newId(), patient_id: p.id, code: '38341003', onset: '2015-01-01', source: 'demo' }).execute();
    people.push(p.id);
  }
  await recomputeSummaries(t.db, { networkId: n, today: new Date().toISOString().slice(0, 10), now: new Date() });
});

async function inviteEveryone() {
  const cohort = await director.post(`${PHM}/cohorts`, { name: 'Hypertension, born 1950', filter: { registers: ['HYP'], ageMin: 70, ageMax: 80 } });
  expect(cohort.statusCode, cohort.body).toBe(201);
  const list = await director.post(`${PHM}/cohorts/${cohort.json().id}/outreach`, { name: 'SMR winter', purpose: 'medication-review', invite: true });
  expect(list.statusCode, list.body).toBe(201);
  const messages = await findMessagesFor(t.db, { networkId: w.network.id, relatedEntity: 'phm_outreach_list', relatedId: list.json().id });
  const tokenOf = (patientId: string) => /\/p\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(messages.find((m) => m.patient_id === patientId)!.body)![1];
  return { list: list.json(), tokenOf, messages };
}

describe('an outreach invitation that books', () => {
  it('takes the role from the purpose and sends each person a link to book', async () => {
    const { list, messages } = await inviteEveryone();
    expect(list).toMatchObject({ role: 'pharmacist', total: 3, byStatus: { invited: 3 } });
    expect(messages).toHaveLength(3);
    expect(messages[0].body).toMatch(/structured medication review with our clinical pharmacist\. Choose a time that suits you online.*\n\nTo choose a time: http.*\/p\//s);
  });

  it('offers only the pharmacist\'s review slots released online, books one, and the list shows the person booked then attended', async () => {
    const { list, tokenOf } = await inviteEveryone();
    const token = tokenOf(people[0]);
    const page = await pub('GET', `/links/${token}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ purpose: 'outreach', invitation: { what: 'structured medication review', role: 'clinical pharmacist', canBook: true, booked: null }, appointment: null });
    const offered = (await pub('GET', `/links/${token}/slots`)).json().items.map((s: { id: string }) => s.id);
    expect(offered).toEqual(smrSlots);
    expect(offered).not.toContain(gpSlot);
    expect(offered).not.toContain(receptionOnlySlot);

    const refused = await pub('POST', `/links/${token}/book`, { slotId: gpSlot });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toMatch(/booking\/channel-not-allowed$/);
    const booked = await pub('POST', `/links/${token}/book`, { slotId: smrSlots[0] });
    expect(booked.statusCode, booked.body).toBe(201);
    const appointmentId = booked.json().appointmentId;
    const again = await pub('POST', `/links/${token}/book`, { slotId: smrSlots[1] });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].pointer).toBe('/body/slotId');
    expect((await pub('GET', `/links/${token}`)).json().invitation).toMatchObject({ canBook: false, booked: { service: 'Clinical pharmacist medication review', status: 'booked' } });

    const entries = (await director.get(`${PHM}/outreach/${list.id}/entries`)).json().items;
    expect(entries.find((e: { patientId: string }) => e.patientId === people[0])).toMatchObject({ status: 'booked', appointmentId });
    expect((await director.get(`${PHM}/outreach/${list.id}`)).json().byStatus).toEqual({ invited: 2, booked: 1 });

    // The appointment happens; reception records it in the book (signed in on that day), and the list follows.
    const realNow = t.clock.now;
    t.clock.now = () => new Date(Date.now() + 5 * DAY);
    try {
      const later = await t.as(w.receptionistA, w.practiceA.id);
      for (const status of ['arrived', 'in-progress', 'attended']) {
        const recorded = await later.post(`/api/v1/booking/appointments/${appointmentId}/status`, { status });
        expect(recorded.statusCode, recorded.body).toBe(200);
      }
    } finally {
      t.clock.now = realNow;
    }
    expect((await director.get(`${PHM}/outreach/${list.id}`)).json().byStatus).toEqual({ invited: 2, attended: 1 });
  });

  it('puts a person who cancels back to invited, free to book again through the same link', async () => {
    const { list, tokenOf } = await inviteEveryone();
    const token = tokenOf(people[1]);
    const booked = await pub('POST', `/links/${token}/book`, { slotId: smrSlots[2] });
    expect(booked.statusCode, booked.body).toBe(201);
    const cancelled = await reception.post(`/api/v1/booking/appointments/${booked.json().appointmentId}/cancel`, { by: 'patient', reason: 'on holiday' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const entry = (await director.get(`${PHM}/outreach/${list.id}/entries`)).json().items.find((e: { patientId: string }) => e.patientId === people[1]);
    expect(entry).toMatchObject({ status: 'invited', appointmentId: null });
    expect((await pub('GET', `/links/${token}`)).json().invitation).toMatchObject({ canBook: true, booked: null });

    const rebooked = await pub('POST', `/links/${token}/book`, { slotId: smrSlots[1] });
    expect(rebooked.statusCode, rebooked.body).toBe(201);
    const realNow = t.clock.now;
    t.clock.now = () => new Date(Date.now() + 5 * DAY);
    try {
      const later = await t.as(w.receptionistA, w.practiceA.id);
      const dna = await later.post(`/api/v1/booking/appointments/${rebooked.json().appointmentId}/status`, { status: 'dna' });
      expect(dna.statusCode, dna.body).toBe(200);
    } finally {
      t.clock.now = realNow;
    }
    const after = (await director.get(`${PHM}/outreach/${list.id}/entries?status=did-not-attend`)).json().items;
    expect(after.map((e: { patientId: string }) => e.patientId)).toEqual([people[1]]);
  });

  it('refuses a link edited to name another entry, and writes the link trail and audit rows as the patient', async () => {
    const { tokenOf } = await inviteEveryone();
    const token = tokenOf(people[2]);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await pub('GET', `/links/${forged}`)).statusCode).toBe(403);
    expect((await pub('GET', `/links/${token}`)).statusCode).toBe(200);
    expect(await t.count('audit_event', { patient_id: people[2], actor_role: 'patient', entity: 'patient_link' })).toBeGreaterThan(0);
  });
});
