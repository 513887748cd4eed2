import { findOrganisationRef } from '../network/index.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { NotFound } from '../../platform/problems.ts';
import { recordAudit, recordAuditMany } from '../identity/index.ts';
import { canRegisterAt, hasLegitimateRelationship, NoLegitimateRelationship, NotYourPractice, patientGate } from './access.ts';
import { DateOfBirthInFuture, ImpossibleDate, NotAPractice, SearchTooVague } from './errors.ts';
import { isIsoDate } from '../../platform/formats.ts';
import { normaliseNhsNumber, isValidNhsNumber } from '../../platform/nhs-number.ts';
import * as q from './queries.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import type { PatientSearchQuery, RegisterPatientRequest, UpdatePatientRequest } from './schema.ts';

/**
 * Reads one patient for an actor, enforcing the legitimate-relationship rule and writing the audit row.
 * Other modules call this (through index.ts) before they show or change anything about a patient.
 */
export async function getPatientForActor(db: Executor, actor: Actor, patientId: string, purpose: string, pointer = '/params/id') {
  const patient = await q.findPatientById(db, { networkId: actor.networkId, id: patientId });
  if (!patient) throw new NotFound('patient', pointer);
  if (!(await hasLegitimateRelationship(db, actor, patient))) {
    await recordAudit(db, actor, { patientId, action: 'refused', entity: 'patient', entityId: patientId, purpose });
    throw new NoLegitimateRelationship();
  }
  await recordAudit(db, actor, { patientId, action: 'read', entity: 'patient', entityId: patientId, purpose });
  return patient;
}

/** Works out what a receptionist typed: an NHS number, a date of birth, a postcode or a name. */
export function interpretSearchText(text: string): Pick<q.PatientFilters, 'nhsNumber' | 'dateOfBirth' | 'postcodePrefix' | 'nameTokens'> {
  const t = text.trim();
  const digits = normaliseNhsNumber(t);
  if (/^\d{10}$/.test(digits)) return { nhsNumber: digits };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (iso || uk) {
    const dateOfBirth = iso ? t : `${uk![3]}-${uk![2].padStart(2, '0')}-${uk![1].padStart(2, '0')}`;
    // 31/02/1980 is a slip of the keyboard: say so, rather than search for nobody (or fail).
    if (!isIsoDate(dateOfBirth)) throw new ImpossibleDate(t);
    return { dateOfBirth };
  }
  if (/^[A-Za-z]{1,2}\d[A-Za-z\d]?( ?\d[A-Za-z]{0,2})?$/.test(t) && /\d/.test(t)) return { postcodePrefix: t.toUpperCase() };
  const nameTokens = t.toLowerCase().split(/[\s,]+/).filter((s) => s.length > 0).slice(0, 4);
  return { nameTokens };
}

/** Search results are in name order: the key their cursor carries. */
const searchCursor = cursorFor('patient-name', ['text', 'text', 'text', 'uuid']);

export async function searchPatients(db: Db, actor: Actor, query: PatientSearchQuery, requestId?: string) {
  const limit = query.limit ?? 20;
  const filters: q.PatientFilters = { networkId: actor.networkId, limit: limit + 1, practiceId: query.practiceId };
  if (query.cursor) filters.after = searchCursor.decode(query.cursor);
  if (query.q) Object.assign(filters, interpretSearchText(query.q));
  if (query.nhsNumber) filters.nhsNumber = query.nhsNumber;
  if (query.dateOfBirth) filters.dateOfBirth = query.dateOfBirth;
  if (query.postcode) filters.postcodePrefix = query.postcode;
  if (!filters.nhsNumber && !filters.dateOfBirth && !filters.postcodePrefix && !filters.nameTokens?.some((t) => t.length >= 2)) throw new SearchTooVague();
  if (filters.nhsNumber && !isValidNhsNumber(filters.nhsNumber)) return { items: [], nextCursor: null };
  filters.gate = await patientGate(db, actor);
  const page = pageOf(await q.findPatients(db, filters), limit, (r) => searchCursor.encode([r.family_name, r.given_name, r.date_of_birth, r.id]), (r) => r);
  await recordAuditMany(db, actor, page.items.map((r) => r.id), { action: 'search', entity: 'patient', purpose: 'patient search', requestId });
  return page;
}

export async function registerPatient(db: Db, actor: Actor, body: RegisterPatientRequest, today: Date) {
  if (body.dateOfBirth > today.toISOString().slice(0, 10)) throw new DateOfBirthInFuture();
  const org = await findOrganisationRef(db, { networkId: actor.networkId, id: body.practiceId });
  if (org?.kind !== 'practice') throw new NotAPractice();
  if (!canRegisterAt(actor, body.practiceId)) throw new NotYourPractice();
  const id = newId();
  return db.transaction().execute(async (trx) => {
    await q.insertPatient(trx, {
      network_id: actor.networkId, id, nhs_number: body.nhsNumber, practice_id: body.practiceId, given_name: body.givenName, family_name: body.familyName,
      date_of_birth: body.dateOfBirth, sex: body.sex, address: body.address ?? null, postcode: body.postcode?.toUpperCase() ?? null, phone: body.phone ?? null,
      email: body.email ?? null, communication_preferences: body.communicationPreferences ?? [], reasonable_adjustments: body.reasonableAdjustments ?? null,
      interpreter_language: body.interpreterLanguage ?? null, accessibility_needs: body.accessibilityNeeds ?? [], preferred_site_id: body.preferredSiteId ?? null,
    });
    await recordAudit(trx, actor, { patientId: id, action: 'create', entity: 'patient', entityId: id, purpose: 'registration' });
    return (await q.findPatientById(trx, { networkId: actor.networkId, id }))!;
  });
}

export async function changePatient(db: Db, actor: Actor, id: string, body: UpdatePatientRequest, today: Date) {
  if (body.dateOfBirth && body.dateOfBirth > today.toISOString().slice(0, 10)) throw new DateOfBirthInFuture();
  if (body.practiceId) {
    const org = await findOrganisationRef(db, { networkId: actor.networkId, id: body.practiceId });
    if (org?.kind !== 'practice') throw new NotAPractice();
  }
  return db.transaction().execute(async (trx) => {
    const before = await getPatientForActor(trx, actor, id, 'update demographics');
    if (body.practiceId && body.practiceId !== before.practice_id && !canRegisterAt(actor, body.practiceId)) throw new NotYourPractice();
    const set: Record<string, unknown> = {};
    const map: Record<string, string> = {
      practiceId: 'practice_id', givenName: 'given_name', familyName: 'family_name', dateOfBirth: 'date_of_birth', sex: 'sex', address: 'address',
      postcode: 'postcode', phone: 'phone', email: 'email', communicationPreferences: 'communication_preferences', reasonableAdjustments: 'reasonable_adjustments',
      interpreterLanguage: 'interpreter_language', accessibilityNeeds: 'accessibility_needs', preferredSiteId: 'preferred_site_id',
    };
    for (const [k, v] of Object.entries(body)) if (v !== undefined) set[map[k]] = k === 'postcode' ? String(v).toUpperCase() : v;
    await q.updatePatient(trx, { networkId: actor.networkId, id, set });
    await recordAudit(trx, actor, { patientId: id, action: 'update', entity: 'patient', entityId: id, purpose: `update ${Object.keys(body).join(', ')}` });
    return (await q.findPatientById(trx, { networkId: actor.networkId, id }))!;
  });
}
