import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as n from './api.ts';

export function useNeeds() {
  return useQuery({ queryKey: ['navigation', 'needs'], queryFn: n.fetchNeeds, staleTime: Infinity });
}
export function useSuggestions(need: string | null, q?: string) {
  return useQuery({ queryKey: ['navigation', 'suggestions', need, q ?? ''], queryFn: () => n.fetchSuggestions(need!, q), enabled: !!need });
}
export function useContacts(q: n.ContactsQuery) {
  return useQuery({ queryKey: ['navigation', 'contacts', q], queryFn: () => n.fetchContacts(q) });
}
export function useNavigationMetrics(q: { from?: string; to?: string }) {
  return useQuery({ queryKey: ['navigation', 'metrics', q], queryFn: () => n.fetchMetrics(q) });
}
export function useRecordContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: n.ContactInput; key: string }) => n.recordContact(body, key),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['navigation'] });
      qc.invalidateQueries({ queryKey: ['social-prescribing'] });
    },
  });
}
export function useTextOffer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, consent, key }: { id: string; consent: boolean; key: string }) => n.textOffer(id, { consent }, key),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['navigation', 'contacts'] }),
  });
}
export function useTextOfferFromDirectory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: Parameters<typeof n.textOfferFromDirectory>[0]; key: string }) => n.textOfferFromDirectory(body, key),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['navigation', 'contacts'] }),
  });
}
