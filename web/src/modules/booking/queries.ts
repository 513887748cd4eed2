import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as booking from './api.ts';
import * as waitlist from './waitlist-api.ts';

export const bookingKeys = {
  all: ['booking'] as const,
  slots: (q: booking.SlotSearch) => ['booking', 'slots', q] as const,
  appointments: (patientId: string) => ['booking', 'appointments', patientId] as const,
  dayList: (q: { date: string; siteId?: string; staffId?: string }) => ['booking', 'day-list', q] as const,
  capacity: (q: { from: string; to: string }) => ['booking', 'capacity', q] as const,
  templates: (organisationId?: string) => ['booking', 'rota-templates', organisationId ?? 'mine'] as const,
  blocks: ['booking', 'blocks'] as const,
};

export function useSlots(q: booking.SlotSearch, enabled = true) {
  return useQuery({ queryKey: bookingKeys.slots(q), queryFn: ({ signal }) => booking.searchSlots(q, signal), enabled, placeholderData: keepPreviousData, staleTime: 10_000 });
}

export function useAppointments(patientId: string) {
  return useQuery({ queryKey: bookingKeys.appointments(patientId), queryFn: () => booking.listAppointments(patientId).then((r) => r.items) });
}

/** The day list refreshes itself every 30 seconds: arrivals at the desk show up in the consulting room. */
export function useDayList(q: { date: string; siteId?: string; staffId?: string }) {
  return useQuery({ queryKey: bookingKeys.dayList(q), queryFn: () => booking.fetchDayList(q), enabled: !!(q.siteId || q.staffId), refetchInterval: 30_000, placeholderData: keepPreviousData });
}

export function useCapacity(q: { from: string; to: string }) {
  return useQuery({ queryKey: bookingKeys.capacity(q), queryFn: () => booking.fetchCapacity(q) });
}

export function useTemplates(organisationId?: string) {
  return useQuery({ queryKey: bookingKeys.templates(organisationId), queryFn: () => booking.listTemplates({ organisationId, includeInactive: true }) });
}

export function useBlocks(q: { from: string }) {
  return useQuery({ queryKey: [...bookingKeys.blocks, q], queryFn: () => booking.listBlocks(q) });
}

/** Any write to the book changes slots, appointments, day lists and capacity: refetch them all. */
export function useBookingMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: bookingKeys.all }) });
}

/** The waitlist refreshes every minute: offers are made and answered by the background job and patients. */
export function useWaitlist(q: waitlist.WaitlistQuery) {
  return useQuery({ queryKey: ['booking', 'waitlist', q], queryFn: () => waitlist.fetchWaitlist(q), refetchInterval: 60_000 });
}
export function useWaitlistChange<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: ['booking', 'waitlist'] }) });
}
export function useReleaseRules() {
  return useQuery({ queryKey: ['booking', 'release-rules'], queryFn: waitlist.fetchReleaseRules });
}
export function useQuotas() {
  return useQuery({ queryKey: ['booking', 'quotas'], queryFn: waitlist.fetchQuotas });
}
export function useReleaseChange<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => { qc.invalidateQueries({ queryKey: ['booking', 'release-rules'] }); qc.invalidateQueries({ queryKey: ['booking', 'quotas'] }); } });
}
