import { api, type ResponseOf } from '../../api/client.ts';
import { formatNhsNumber } from '../../../../src/platform/nhs-number.ts';

/** A patient as GET /api/v1/patients/{id} answers (types generated from the OpenAPI document). */
export type Patient = ResponseOf<'/api/v1/patients/{id}'>;

export { formatNhsNumber };

/** People type NHS numbers with spaces; the server wants the ten digits. */
export function normaliseSearch(q: string): string {
  const t = q.trim().replace(/\s+/g, ' ');
  return /^[\d ]{10,13}$/.test(t) && t.replace(/ /g, '').length === 10 ? t.replace(/ /g, '') : t;
}

export const searchPatients = (q: string, signal?: AbortSignal) =>
  api.get<{ items: Patient[] }>('/patients', { q: normaliseSearch(q), limit: 20 }, signal).then((r) => r.items);
export const fetchPatient = (id: string) => api.get<Patient>(`/patients/${encodeURIComponent(id)}`);

/** The fields reception registers and edits (src/modules/patients/schema.ts RegisterPatientRequest). */
export interface PatientDetails {
  nhsNumber: string; practiceId: string; givenName: string; familyName: string; dateOfBirth: string; sex: Patient['sex'];
  address?: string; postcode?: string; phone?: string; email?: string; interpreterLanguage?: string; reasonableAdjustments?: string;
}
export const registerPatient = (body: PatientDetails) => api.post<Patient>('/patients', body);
export const updatePatient = (id: string, body: Partial<Omit<PatientDetails, 'nhsNumber'>>) => api.patch<Patient>(`/patients/${encodeURIComponent(id)}`, body);

/** The answer of POST /patients/imports (src/modules/patients/schema.ts ImportReportView). */
export interface ImportReport {
  dryRun: boolean; validRowsOnly: boolean; rows: number; valid: number; imported: number;
  errors: { row: number; column: string; problem: string }[];
}
export const importPatients = (body: { csv: string; practiceId?: string; dryRun: boolean; validRowsOnly: boolean }) => api.post<ImportReport>('/patients/imports', body);
