import type { Db } from '../../src/db/database.ts';
import type { OrganisationKind } from '../../src/platform/actor.ts';
import { newId } from '../../src/platform/ids.ts';
import { hashPassword } from '../../src/modules/identity/index.ts';
import { nhsCheckDigit } from '../../src/platform/nhs-number.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
let nhsSeq = 100000000 + Math.floor(Math.random() * 800000000);

/** A valid NHS number not used before in this process. */
export function nextNhsNumber(): string {
  for (;;) {
    const nine = String(nhsSeq++).padStart(9, '0');
    const check = nhsCheckDigit(nine);
    if (check !== null) return nine + check;
  }
}

let odsSeq = 10000 + Math.floor(Math.random() * 80000);

/** Factories that each create fresh rows with new ids, so tests never depend on one another. */
export function factories(db: Db) {
  const make = {
    async network(p: { dataSharing?: boolean; name?: string } = {}) {
      const id = newId();
      await db.insertInto('network').values({ id, name: p.name ?? `Test PCN ${id.slice(-4)}`, ods_code: `U${odsSeq++}`, data_sharing_across_practices: p.dataSharing ?? false }).execute();
      return { id };
    },
    async organisation(networkId: string, p: { kind?: OrganisationKind; name?: string } = {}) {
      const id = newId();
      const kind = p.kind ?? 'practice';
      await db.insertInto('organisation').values({ network_id: networkId, id, kind, ods_code: `${kind === 'practice' ? 'P' : 'H'}${odsSeq++}`, name: p.name ?? `${kind} ${id.slice(-4)}` }).execute();
      return { id, kind };
    },
    async site(networkId: string, organisationId: string, p: { kind?: 'practice-site' | 'hub'; name?: string; accessibility?: string[] } = {}) {
      const id = newId();
      await db.insertInto('site').values({ network_id: networkId, id, organisation_id: organisationId, kind: p.kind ?? 'practice-site', name: p.name ?? `Site ${id.slice(-4)}`, opening_hours: JSON.stringify({}), accessibility: p.accessibility ?? [] }).execute();
      return { id };
    },
    async service(networkId: string, p: { role?: string; code?: string; name?: string; category?: string } = {}) {
      const id = newId();
      await db.insertInto('service').values({ network_id: networkId, id, code: p.code ?? `svc-${id.slice(-6)}`, name: p.name ?? 'GP appointment', role: p.role ?? 'gp', national_category: p.category ?? 'General Consultation Routine' }).execute();
      return { id };
    },
    async staff(networkId: string, roles: { organisationId: string; role: string }[], p: { name?: string } = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const id = newId();
      const email = `staff-${id.slice(-12)}@test.invalid`;
      await db.insertInto('staff').values({ network_id: networkId, id, email, display_name: p.name ?? `Staff ${id.slice(-4)}`, password_hash: await passwordHash }).execute();
      await db.insertInto('staff_role').values(roles.map((r) => ({ network_id: networkId, staff_id: id, organisation_id: r.organisationId, role: r.role }))).execute();
      return { id, email, password: TEST_PASSWORD };
    },
    async patient(networkId: string, practiceId: string, p: Partial<{ givenName: string; familyName: string; dateOfBirth: string; sex: 'female' | 'male'; postcode: string; nhsNumber: string; phone: string }> = {}) {
      const id = newId();
      const nhsNumber = p.nhsNumber ?? nextNhsNumber();
      await db.insertInto('patient').values({
        network_id: networkId, id, nhs_number: nhsNumber, practice_id: practiceId, given_name: p.givenName ?? 'Alex', family_name: p.familyName ?? `Tester${id.slice(-6)}`,
        date_of_birth: p.dateOfBirth ?? '1980-05-17', sex: p.sex ?? 'female', postcode: p.postcode ?? 'LS1 4AP', phone: p.phone ?? '07700 900123', communication_preferences: ['sms'],
      }).execute();
      return { id, nhsNumber };
    },
    /** A small network: two practices, a hub, the PCN itself and NHS 111, with one person per common role. */
    async world(p: { dataSharing?: boolean } = {}) {
      const network = await make.network(p);
      const n = network.id;
      const practiceA = await make.organisation(n, { kind: 'practice', name: 'Riverside Surgery' });
      const practiceB = await make.organisation(n, { kind: 'practice', name: 'Hillview Medical Centre' });
      const hub = await make.organisation(n, { kind: 'hub', name: 'Network Hub' });
      const pcn = await make.organisation(n, { kind: 'pcn', name: 'The PCN' });
      const nhs111 = await make.organisation(n, { kind: 'nhs111', name: 'NHS 111 provider' });
      const siteA = await make.site(n, practiceA.id, { name: 'Riverside Surgery' });
      const siteB = await make.site(n, practiceB.id, { name: 'Hillview Medical Centre', accessibility: ['step-free'] });
      const hubSite = await make.site(n, hub.id, { kind: 'hub', name: 'Hub at Riverside', accessibility: ['step-free', 'hearing-loop'] });
      const gpService = await make.service(n, { role: 'gp', code: `gp-${n.slice(-6)}`, name: 'GP appointment' });
      const physioService = await make.service(n, { role: 'physiotherapist', code: `fcp-${n.slice(-6)}`, name: 'First contact physiotherapy' });
      const receptionistA = await make.staff(n, [{ organisationId: practiceA.id, role: 'receptionist' }], { name: 'Rita Reception' });
      const receptionistB = await make.staff(n, [{ organisationId: practiceB.id, role: 'receptionist' }]);
      const gpA = await make.staff(n, [{ organisationId: practiceA.id, role: 'gp' }, { organisationId: hub.id, role: 'gp' }], { name: 'Dr Ada Jones' });
      const hubGp = await make.staff(n, [{ organisationId: hub.id, role: 'gp' }], { name: 'Dr Hub' });
      const physio = await make.staff(n, [{ organisationId: pcn.id, role: 'physiotherapist' }]);
      const managerA = await make.staff(n, [{ organisationId: practiceA.id, role: 'practice-manager' }]);
      const admin = await make.staff(n, [{ organisationId: pcn.id, role: 'admin' }]);
      const patientA = await make.patient(n, practiceA.id, { givenName: 'Mary', familyName: 'Atkinson', dateOfBirth: '1956-03-02', postcode: 'LS6 2AB' });
      const patientB = await make.patient(n, practiceB.id, { givenName: 'Brian', familyName: 'Bellamy', dateOfBirth: '1990-11-30', postcode: 'LS7 3CD' });
      return { network, practiceA, practiceB, hub, pcn, nhs111, siteA, siteB, hubSite, gpService, physioService, receptionistA, receptionistB, gpA, hubGp, physio, managerA, admin, patientA, patientB };
    },
  };
  return make;
}
export type Factories = ReturnType<typeof factories>;
export type World = Awaited<ReturnType<Factories['world']>>;
