import { useQuery } from '@tanstack/react-query';
import { fetchPatient, searchPatients } from './api.ts';

export const patientKeys = {
  search: (q: string) => ['patients', 'search', q] as const,
  one: (id: string) => ['patients', 'one', id] as const,
};

export function usePatientSearch(q: string) {
  return useQuery({ queryKey: patientKeys.search(q), queryFn: ({ signal }) => searchPatients(q, signal), enabled: q.trim().length >= 2 });
}

export function usePatient(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: patientKeys.one(id), queryFn: () => fetchPatient(id), enabled: options.enabled ?? true });
}
