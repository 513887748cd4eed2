import type { AppointmentMode } from '../modules/booking/index.ts';
import { STAFF_ROLES, type StaffRole } from '../platform/permissions.ts';
import { FAMILY_NAMES, FEMALE_GIVEN, MALE_GIVEN } from './names.ts';
import type { OrganisationPlan } from './organisations.ts';
import type { IdSource, Random } from './random.ts';

export interface DemoService {
  id: string;
  code: string;
  name: string;
  role: StaffRole;
  national_category: string;
  default_mode: AppointmentMode;
  description: string;
}

const SERVICES: Omit<DemoService, 'id'>[] = [
  { code: 'gp', name: 'GP appointment', role: 'gp', national_category: 'General Consultation Routine', default_mode: 'face-to-face', description: 'Same-day and routine appointments with a GP at your own practice.' },
  { code: 'extended-access-gp', name: 'Extended access GP', role: 'gp', national_category: 'General Consultation Routine', default_mode: 'face-to-face', description: 'Evening and Saturday GP appointments at a network hub, for patients of every practice.' },
  { code: 'practice-nurse', name: 'Practice nurse', role: 'nurse', national_category: 'Planned Clinics', default_mode: 'face-to-face', description: 'Long-term condition reviews, smears, dressings, immunisations.' },
  { code: 'anp-same-day', name: 'Advanced nurse practitioner same-day', role: 'anp', national_category: 'General Consultation Acute', default_mode: 'face-to-face', description: 'Same-day minor illness and urgent problems.' },
  { code: 'physician-associate', name: 'Physician associate appointment', role: 'physician-associate', national_category: 'General Consultation Routine', default_mode: 'face-to-face', description: 'Routine appointments under GP supervision.' },
  { code: 'fcp', name: 'First contact physiotherapy', role: 'physiotherapist', national_category: 'General Consultation Routine', default_mode: 'face-to-face', description: 'Back, joint and muscle problems: see a physiotherapist first, no GP referral needed.' },
  { code: 'smr', name: 'Clinical pharmacist medication review', role: 'pharmacist', national_category: 'Structured Medication Review', default_mode: 'telephone', description: 'Structured medication reviews and medicines queries.' },
  { code: 'social-prescribing', name: 'Social prescribing', role: 'link-worker', national_category: 'Social Prescribing Service', default_mode: 'face-to-face', description: 'Time with a link worker about what matters to you, and links to community support.' },
  { code: 'mental-health', name: 'Mental health practitioner', role: 'mental-health-practitioner', national_category: 'General Consultation Routine', default_mode: 'face-to-face', description: 'Assessment and support for anxiety, low mood and other mental health needs.' },
  { code: 'paramedic-home-visit', name: 'Paramedic home visit', role: 'paramedic', national_category: 'Home Visit', default_mode: 'home-visit', description: 'Same-day home visits for housebound patients.' },
  { code: 'hwb-coaching', name: 'Health and wellbeing coaching', role: 'health-wellbeing-coach', national_category: 'Care Related Encounter but does not fit into any other category', default_mode: 'face-to-face', description: 'Coaching to set and reach your own health goals.' },
  { code: 'care-coordination', name: 'Care coordination', role: 'care-coordinator', national_category: 'Care Home Needs Assessment & Personalised Care and Support Planning', default_mode: 'telephone', description: 'Personalised care and support planning, and help to find your way through services.' },
];

export function planServices(ids: IdSource): Map<string, DemoService> {
  return new Map(SERVICES.map((s) => [s.code, { ...s, id: ids.next() }]));
}

export interface DemoStaff {
  id: string;
  email: string;
  display_name: string;
  roles: { organisation_id: string; role: StaffRole }[];
  /** The featured demo login for this role, if this person is it. */
  featuredRole?: StaffRole;
  /** Practices where a PCN-employed clinician holds sessions. */
  coversPractices: string[];
}

/** The featured demo accounts: one memorable email per role, printed at every start. */
export function featuredEmail(role: StaffRole): string {
  return `${role}@example.com`;
}

const TITLED: ReadonlySet<StaffRole> = new Set(['gp', 'clinical-director']);

/**
 * Roughly 70 people for a 7-practice PCN: several GPs, nurses, receptionists and a practice manager
 * per practice; ARRS roles employed by the PCN and holding sessions at several practices; a PCN
 * manager, a clinical director (also a GP) and an administrator. Some GPs also work hub sessions.
 */
export function planStaff(rng: Random, ids: IdSource, orgs: OrganisationPlan): DemoStaff[] {
  const staff: DemoStaff[] = [];
  const usedNames = new Set<string>();
  const featured = new Set<StaffRole>();
  function person(role: StaffRole, roles: DemoStaff['roles'], coversPractices: string[] = []): DemoStaff {
    let given: string, family: string;
    do {
      given = rng.chance(0.55) ? rng.pick(FEMALE_GIVEN) : rng.pick(MALE_GIVEN);
      family = rng.pick(FAMILY_NAMES);
    } while (usedNames.has(`${given} ${family}`));
    usedNames.add(`${given} ${family}`);
    const isFeatured = !featured.has(role);
    featured.add(role);
    const slug = `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, '');
    const s: DemoStaff = {
      id: ids.next(),
      email: isFeatured ? featuredEmail(role) : `${slug}.${staff.length + 1}@example.com`,
      display_name: `${TITLED.has(role) ? 'Dr ' : ''}${given} ${family}`,
      roles,
      featuredRole: isFeatured ? role : undefined,
      coversPractices,
    };
    staff.push(s);
    return s;
  }

  const { practices, hubs, pcn } = orgs;
  const city = practices.length > 10;
  practices.forEach((pr, i) => {
    const gps = Math.max(2, Math.round(pr.listSize / (city ? 1500 : 2600)));
    for (let g = 0; g < gps; g++) {
      const hub = hubs[Math.floor((i * hubs.length) / practices.length)];
      // About half the GPs also hold hub sessions (evenings and Saturdays).
      const roles: DemoStaff['roles'] = [{ organisation_id: pr.id, role: 'gp' }];
      if (g % 2 === 0) roles.push({ organisation_id: hub.id, role: 'gp' });
      if (i === 1 && g === 1) roles.push({ organisation_id: pcn.id, role: 'clinical-director' });
      person(i === 1 && g === 1 ? 'clinical-director' : 'gp', roles);
    }
    const nurses = Math.max(1, Math.round(pr.listSize / (city ? 2500 : 3500)));
    for (let n = 0; n < nurses; n++) person('nurse', [{ organisation_id: pr.id, role: 'nurse' }]);
    const receptionists = pr.listSize > 7000 ? 3 : 2;
    for (let r = 0; r < receptionists; r++) {
      const roles: DemoStaff['roles'] = [{ organisation_id: pr.id, role: 'receptionist' }];
      // One receptionist of each hub's host practice also books at the hub.
      const hubIndex = hubs.findIndex((_, h) => Math.floor((h * practices.length) / hubs.length) === i);
      if (r === 0 && hubIndex >= 0) roles.push({ organisation_id: hubs[hubIndex].id, role: 'receptionist' });
      person('receptionist', roles);
    }
    if (i % 2 === 0) person('care-navigator', [{ organisation_id: pr.id, role: 'care-navigator' }]);
    person('practice-manager', [{ organisation_id: pr.id, role: 'practice-manager' }]);
    if (i === 0 || (city && i % 8 === 0)) person('anp', [{ organisation_id: pr.id, role: 'anp' }], [pr.id]);
  });

  // ARRS roles: employed by the PCN, each covering a rotating set of practices (one team per 7 practices; per 5 at city scale, where the rota is denser).
  const teams = Math.max(1, Math.round(practices.length / (city ? 5 : 7)));
  const arrs: [StaffRole, number][] = [
    ['pharmacist', 3], ['physiotherapist', 3], ['paramedic', 2], ['mental-health-practitioner', 2], ['link-worker', 2],
    ['care-coordinator', 1], ['health-wellbeing-coach', 1], ['physician-associate', 2], ['anp', 1],
  ];
  for (let t = 0; t < teams; t++) {
    const teamPractices = practices.filter((_, i) => i % teams === t);
    for (const [role, count] of arrs) {
      for (let k = 0; k < count; k++) {
        const covers = teamPractices.filter((_, i) => count === 1 || i % count === k);
        person(role, [{ organisation_id: pcn.id, role }, ...covers.map((pr) => ({ organisation_id: pr.id, role }))], covers.map((pr) => pr.id));
      }
    }
  }
  person('pcn-manager', [{ organisation_id: pcn.id, role: 'pcn-manager' }]);
  person('admin', [{ organisation_id: pcn.id, role: 'admin' }]);
  // Volunteers and partners who run community offers (src/demo/directory.ts makes them members of their groups).
  person('health-champion', [{ organisation_id: practices[0].id, role: 'health-champion' }]);
  person('community-partner', [{ organisation_id: pcn.id, role: 'community-partner' }]);
  for (const role of STAFF_ROLES) if (!featured.has(role)) throw new Error(`demo network has no ${role}`);
  return staff;
}
