import { api } from '../../app/api-client.ts';
import { formatNhsNumber } from '../../../../src/platform/nhs-number.ts';

// Wire shape of /api/v1/patients (src/modules/patients/schema.ts PatientView).
export interface Patient {
  id: string; nhsNumber: string; practiceId: string; practiceName: string; givenName: string; familyName: string;
  dateOfBirth: string; age: number; sex: 'female' | 'male' | 'other' | 'unknown'; address: string | null; postcode: string | null;
  phone: string | null; email: string | null; communicationPreferences: string[]; reasonableAdjustments: string | null;
  interpreterLanguage: string | null; accessibilityNeeds: string[]; preferredSiteId: string | null; registeredAt: string;
}

export { formatNhsNumber };

/** People type NHS numbers with spaces; the server wants the ten digits. */
export function normaliseSearch(q: string): string {
  const t = q.trim().replace(/\s+/g, ' ');
  return /^[\d ]{10,13}$/.test(t) && t.replace(/ /g, '').length === 10 ? t.replace(/ /g, '') : t;
}

export const searchPatients = (q: string, signal?: AbortSignal) =>
  api.get<{ items: Patient[] }>('/patients', { q: normaliseSearch(q), limit: 20 }, signal).then((r) => r.items);
export const fetchPatient = (id: string) => api.get<Patient>(`/patients/${encodeURIComponent(id)}`);
