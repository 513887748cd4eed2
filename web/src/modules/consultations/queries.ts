import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as c from './api.ts';

export const consultationKeys = {
  all: ['consultations'] as const,
  queue: (f: c.QueueFilters) => ['consultations', 'queue', f] as const,
  one: (id: string) => ['consultations', 'one', id] as const,
  metrics: (q: { from?: string; to?: string }) => ['consultations', 'metrics', q] as const,
};

/** The queue refreshes every 30 seconds, so SLA clocks and other clinicians' claims stay current. */
export function useQueue(f: c.QueueFilters) {
  return useQuery({ queryKey: consultationKeys.queue(f), queryFn: ({ signal }) => c.fetchQueue(f, signal), refetchInterval: 30_000, placeholderData: keepPreviousData });
}

export function useConsultation(id: string | null) {
  return useQuery({ queryKey: consultationKeys.one(id ?? ''), queryFn: () => c.fetchConsultation(id!), enabled: !!id });
}

/** Claim, release and every action change the request and the queue: put the answer in the cache, refetch the queue. */
export function useConsultationMutation<TVars>(fn: (vars: TVars) => Promise<c.Consultation>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => qc.setQueryData(consultationKeys.one(view.id), view),
    onSettled: () => qc.invalidateQueries({ queryKey: ['consultations', 'queue'] }),
  });
}

/** Throughput and the engine's live rates against clinicians, for a period (default: the last 28 days). */
export function useMetrics(q: { from?: string; to?: string }) {
  return useQuery({ queryKey: consultationKeys.metrics(q), queryFn: () => c.fetchMetrics(q) });
}
