import type { PatientWithPractice } from './queries.ts';
import type { PatientView } from './schema.ts';

export function ageOn(dateOfBirth: string, today: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

export function toPatientView(r: PatientWithPractice, today: Date): PatientView {
  return {
    id: r.id, nhsNumber: r.nhs_number, practiceId: r.practice_id, practiceName: r.practice_name, givenName: r.given_name, familyName: r.family_name,
    dateOfBirth: r.date_of_birth, age: ageOn(r.date_of_birth, today), sex: r.sex, address: r.address, postcode: r.postcode, phone: r.phone, email: r.email,
    communicationPreferences: r.communication_preferences, reasonableAdjustments: r.reasonable_adjustments, interpreterLanguage: r.interpreter_language,
    accessibilityNeeds: r.accessibility_needs, preferredSiteId: r.preferred_site_id, registeredAt: r.registered_at,
  };
}
