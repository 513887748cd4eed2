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
