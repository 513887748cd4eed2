// Roles a staff member can hold at an organisation, and what each may do.
// Like the national RBAC baseline policy (R-codes → B-codes): authorise by activity, not by login.

export const STAFF_ROLES = [
  'receptionist',
  'care-navigator',
  'gp',
  'nurse',
  'anp',
  'pharmacist',
  'physiotherapist',
  'paramedic',
  'physician-associate',
  'mental-health-practitioner',
  'link-worker',
  'care-coordinator',
  'health-wellbeing-coach',
  'practice-manager',
  'pcn-manager',
  'clinical-director',
  'admin',
  'health-champion',
  'community-partner',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles that hold clinical sessions and can be booked. */
export const CLINICAL_ROLES: readonly StaffRole[] = [
  'gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate',
  'mental-health-practitioner', 'link-worker', 'care-coordinator', 'health-wellbeing-coach',
];

export const ROLE_LABELS: Record<StaffRole, string> = {
  receptionist: 'Receptionist',
  'care-navigator': 'Care navigator',
  gp: 'GP',
  nurse: 'Practice nurse',
  anp: 'Advanced nurse practitioner',
  pharmacist: 'Clinical pharmacist',
  physiotherapist: 'First contact physiotherapist',
  paramedic: 'Paramedic',
  'physician-associate': 'Physician associate',
  'mental-health-practitioner': 'Mental health practitioner',
  'link-worker': 'Social prescribing link worker',
  'care-coordinator': 'Care coordinator',
  'health-wellbeing-coach': 'Health and wellbeing coach',
  'practice-manager': 'Practice manager',
  'pcn-manager': 'PCN manager',
  'clinical-director': 'Clinical director',
  admin: 'System administrator',
  'health-champion': 'Practice health champion (volunteer)',
  'community-partner': 'Community partner (voluntary sector)',
};

export const PERMISSIONS = [
  'patients:read',
  'patients:write',
  'slots:read',
  'appointments:read',
  'appointments:book',
  'appointments:manage',
  'rota:manage',
  'network:manage',
  'organisation:manage',
  'staff:manage',
  'tokens:manage',
  'audit:read',
  'analytics:read',
  'consultations:submit',
  'consultations:triage',
  // analytics: patient-level lists behind the figures (repeated DNAs), and logging complaints
  'analytics:patients',
  'complaints:write',
  // Admin requests only (fit notes, repeat prescriptions, letters, test results): reception and admin staff.
  'consultations:admin',
  'directory:read',
  'directory:manage',
  'directory:own-offers',
  // Care navigation (module navigation): record a contact and where the caller was sent; review the network's contacts and metrics.
  'navigation:record',
  'navigation:review',
  // Social prescribing (module social-prescribing): refer anyone (any staff member); work the link workers' caseload.
  'social-prescribing:refer',
  'social-prescribing:caseload',
  // Population health (module population-health): counts (registers, frailty, cohort sizes); named lists
  // of patients (cohort members, outreach lists; audited); writing coded conditions, observations, medicines.
  'population-health:aggregates',
  'population-health:patients',
  'population-health:record',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const frontDesk: Permission[] = ['patients:read', 'patients:write', 'slots:read', 'appointments:read', 'appointments:book', 'appointments:manage', 'consultations:submit'];
const clinician: Permission[] = ['patients:read', 'slots:read', 'appointments:read', 'appointments:book', 'appointments:manage', 'consultations:submit', 'consultations:triage', 'social-prescribing:refer'];
const personalisedCare: Permission[] = ['patients:read', 'slots:read', 'appointments:read', 'appointments:book', 'appointments:manage', 'consultations:submit', 'social-prescribing:refer', 'social-prescribing:caseload', 'navigation:record'];
const manager: Permission[] = ['patients:read', 'patients:write', 'slots:read', 'appointments:read', 'appointments:book', 'appointments:manage', 'rota:manage', 'audit:read', 'analytics:read', 'consultations:submit', 'analytics:patients', 'complaints:write', 'social-prescribing:refer', 'navigation:record', 'navigation:review'];

// Care navigators hold reception's permissions plus reviewing the network's navigation (its contacts
// and metrics): signposting is their job, so they watch where callers went and tune the needs table
// with the practice; a receptionist records contacts but does not review everyone else's.
const receptionist: Permission[] = [...frontDesk, 'consultations:admin', 'navigation:record', 'social-prescribing:refer'];
const careNavigator: Permission[] = [...receptionist, 'navigation:review'];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  receptionist,
  'care-navigator': careNavigator,
  gp: clinician,
  nurse: clinician,
  anp: clinician,
  pharmacist: clinician,
  physiotherapist: clinician,
  paramedic: clinician,
  'physician-associate': clinician,
  'mental-health-practitioner': clinician,
  'link-worker': personalisedCare,
  'care-coordinator': personalisedCare,
  'health-wellbeing-coach': personalisedCare,
  // Practice managers run their own practice: its details and sites, and its staff (identity/grants.ts keeps them there).
  'practice-manager': [...manager, 'organisation:manage', 'staff:manage', 'consultations:admin'],
  // PCN managers also make API tokens: a token carries only its maker's rights, so an NHS 111 link that
  // traces and books patients must come from someone who may do both (src/modules/identity/grants.ts).
  'pcn-manager': [...manager, 'network:manage', 'organisation:manage', 'staff:manage', 'tokens:manage'],
  'clinical-director': [...manager, 'consultations:triage', 'network:manage', 'organisation:manage'],
  admin: ['slots:read', 'network:manage', 'organisation:manage', 'staff:manage', 'tokens:manage', 'audit:read', 'rota:manage', 'analytics:read'],
  // Volunteers and voluntary-sector partners: only the offers of the directory organisation they belong to
  // (the directory module checks membership); never a patient or the clinical record.
  'health-champion': ['directory:own-offers'],
  'community-partner': ['directory:own-offers'],
};

// The community directory (directory module): everyone who signposts reads it; those who keep it up to
// date for the whole network manage every offer.
const DIRECTORY_READERS: readonly StaffRole[] = [
  'receptionist', 'care-navigator', 'gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate',
  'mental-health-practitioner', 'link-worker', 'care-coordinator', 'health-wellbeing-coach', 'practice-manager', 'pcn-manager', 'clinical-director',
];
const DIRECTORY_MANAGERS: readonly StaffRole[] = ['pcn-manager', 'practice-manager', 'link-worker', 'care-navigator'];
for (const role of DIRECTORY_READERS) ROLE_PERMISSIONS[role] = [...ROLE_PERMISSIONS[role], 'directory:read', ...(DIRECTORY_MANAGERS.includes(role) ? ['directory:manage' as const] : [])];

// Population health: counts for clinicians, care coordinators and those who run the network; named
// lists and the coded record only for clinical roles (the clinical director is a GP), never for a PCN
// manager or practice manager, who plan from the counts.
const PHM_CLINICAL: readonly StaffRole[] = ['gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner', 'care-coordinator', 'clinical-director'];
const PHM_RECORDERS: readonly StaffRole[] = ['gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner', 'clinical-director'];
for (const role of [...PHM_CLINICAL, 'pcn-manager'] as const) {
  ROLE_PERMISSIONS[role] = [...ROLE_PERMISSIONS[role], 'population-health:aggregates',
    ...(PHM_CLINICAL.includes(role) ? ['population-health:patients' as const] : []), ...(PHM_RECORDERS.includes(role) ? ['population-health:record' as const] : [])];
}

/** API token scopes are permissions a system may use (e.g. NHS 111: slots:read, appointments:book). */
export const TOKEN_SCOPES: readonly Permission[] = ['patients:read', 'slots:read', 'appointments:read', 'appointments:book', 'appointments:manage', 'consultations:submit'];

export function permissionsFor(roles: readonly string[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role as StaffRole] ?? []) out.add(p);
  return out;
}
