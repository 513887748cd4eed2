import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { DomainError, Invalid } from '../../platform/problems.ts';
import { findRepeatedDnas } from '../booking/index.ts';
import { recordAuditMany } from '../identity/index.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { findPatientLabels } from '../patients/index.ts';
import { periodOf, seesAllPractices } from './filters.ts';
import { londonStart } from './spans.ts';
import { DateTime } from 'luxon';
import type { RepeatedDnaQuery } from './schema.ts';

const LIMIT = 200;

/**
 * Patients who missed (DNA) at least `minimum` appointments in the period, most first: a patient-level
 * list, so it needs analytics:patients, is kept to the person's own practice's patients unless they
 * work for the PCN, and writes one audit row per patient shown.
 */
export async function listRepeatedDnas(db: Db, actor: Actor, q: RepeatedDnaQuery, now: Date, requestId: string) {
  const period = periodOf(q, now);
  const { organisations } = await findOrganisationsAndSites(db, { networkId: actor.networkId });
  if (q.organisationId && !organisations.some((o) => o.id === q.organisationId)) throw new Invalid('analytics/unknown-organisation', 'There is no practice with that id in this network.', '/querystring/organisationId');
  const all = seesAllPractices(actor);
  if (!all && q.organisationId && q.organisationId !== actor.organisationId) {
    throw new DomainError('forbidden', 'analytics/other-practice', 'You can list your own practice\'s patients only.', {}, [{ pointer: '/querystring/organisationId', detail: 'not your practice' }]);
  }
  const practiceId = all ? (q.organisationId ?? null) : actor.organisationId;
  const rows = await findRepeatedDnas(db, {
    networkId: actor.networkId, from: londonStart(period.fromDay), to: londonStart(DateTime.fromISO(period.toDay).plus({ days: 1 }).toISODate()!),
    minimum: q.minimum ?? 2, practiceId, limit: LIMIT,
  });
  const labels = new Map((await findPatientLabels(db, { networkId: actor.networkId, ids: rows.map((r) => r.patient_id) })).map((p) => [p.id, p]));
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  await recordAuditMany(db, actor, rows.map((r) => r.patient_id), { action: 'read', entity: 'analytics-repeated-dnas', purpose: 'repeated DNA list', requestId });
  return {
    from: period.fromDay, to: period.toDay,
    items: rows.map((r) => {
      const p = labels.get(r.patient_id);
      return {
        patientId: r.patient_id, nhsNumber: p?.nhs_number ?? '', name: p ? `${p.given_name} ${p.family_name}` : '', dateOfBirth: p?.date_of_birth ?? '1900-01-01',
        practiceId: r.patient_practice_id, practiceName: names.get(r.patient_practice_id) ?? 'Unknown', dna: Number(r.dna), lastDnaAt: new Date(r.last_dna_at as unknown as string).toISOString(),
      };
    }),
  };
}
