import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOffer, fetchActivity, fetchOffer, fetchOrganisations, fetchSessions, fetchSummary, recordSession, searchOffers, updateOffer, verifyOffer, type OfferBody, type OfferSearch, type SessionBody } from './api.ts';

export const directoryKeys = {
  all: ['directory'] as const,
  search: (q: OfferSearch) => ['directory', 'search', q] as const,
  offer: (id: string) => ['directory', 'offer', id] as const,
  organisations: ['directory', 'organisations'] as const,
  sessions: (id: string) => ['directory', 'sessions', id] as const,
  summary: (id: string) => ['directory', 'summary', id] as const,
  activity: (q: { from?: string; to?: string }) => ['directory', 'activity', q] as const,
};

export const useOfferSearch = (q: OfferSearch, enabled = true) => useQuery({ queryKey: directoryKeys.search(q), queryFn: ({ signal }) => searchOffers(q, signal), enabled });
export const useOffer = (id: string, enabled = true) => useQuery({ queryKey: directoryKeys.offer(id), queryFn: () => fetchOffer(id), enabled: enabled && !!id });
export const useDirectoryOrganisations = () => useQuery({ queryKey: directoryKeys.organisations, queryFn: fetchOrganisations });
export const useSessions = (id: string) => useQuery({ queryKey: directoryKeys.sessions(id), queryFn: () => fetchSessions(id) });
export const useOfferSummary = (id: string) => useQuery({ queryKey: directoryKeys.summary(id), queryFn: () => fetchSummary(id) });
export const useActivity = (q: { from?: string; to?: string }) => useQuery({ queryKey: directoryKeys.activity(q), queryFn: () => fetchActivity(q) });

/** Create (no id) or replace an offer; every directory list is refreshed after. */
export function useSaveOffer(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OfferBody) => (id ? updateOffer(id, body) : createOffer(body)),
    onSuccess: (offer) => { qc.invalidateQueries({ queryKey: directoryKeys.all }); qc.setQueryData(directoryKeys.offer(offer.id), offer); },
  });
}

export function useVerifyOffer(id: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => verifyOffer(id), onSuccess: (offer) => { qc.invalidateQueries({ queryKey: directoryKeys.all }); qc.setQueryData(directoryKeys.offer(id), offer); } });
}

export function useRecordSession(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionBody) => recordSession(id, body),
    onSuccess: () => { qc.invalidateQueries({ queryKey: directoryKeys.sessions(id) }); qc.invalidateQueries({ queryKey: directoryKeys.summary(id) }); },
  });
}
