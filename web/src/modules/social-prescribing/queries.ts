import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as s from './api.ts';

export function useCaseload(q: s.CaseloadQuery, enabled = true) {
  return useQuery({ queryKey: ['social-prescribing', 'caseload', q], queryFn: () => s.fetchCaseload(q), enabled, refetchInterval: 60_000, placeholderData: keepPreviousData });
}
export function useReferral(id: string) {
  return useQuery({ queryKey: ['social-prescribing', 'referral', id], queryFn: () => s.fetchReferral(id) });
}
/** The badge refreshes every minute: new referrals and safeguarding concerns arrive without a reload. */
export function useInbox(enabled = true) {
  return useQuery({ queryKey: ['social-prescribing', 'inbox'], queryFn: s.fetchInbox, refetchInterval: 60_000, enabled });
}
export function useOutcomes(q: { from?: string; to?: string }) {
  return useQuery({ queryKey: ['social-prescribing', 'outcomes', q], queryFn: () => s.fetchOutcomes(q) });
}

/** A change to one referral: the answer replaces the plan in the cache; the board and badge refetch. */
export function useReferralChange<TVars>(fn: (vars: TVars) => Promise<s.Referral>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => qc.setQueryData(['social-prescribing', 'referral', r.id], r),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ['social-prescribing', 'caseload'] });
      qc.invalidateQueries({ queryKey: ['social-prescribing', 'inbox'] });
    },
  });
}
export function useReadNotification() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: s.readNotification, onSuccess: (inbox) => qc.setQueryData(['social-prescribing', 'inbox'], inbox) });
}

/** The network's safeguarding lead, shown where a concern is raised and set by a PCN manager. */
export function useSettings() {
  return useQuery({ queryKey: ['social-prescribing', 'settings'], queryFn: s.fetchSettings, staleTime: 60_000 });
}
export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: s.saveSettings, onSuccess: (v) => qc.setQueryData(['social-prescribing', 'settings'], v) });
}
