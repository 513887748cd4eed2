import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as a from './api.ts';

export const analyticsKeys = {
  all: ['analytics'] as const,
  filters: ['analytics', 'filters'] as const,
  view: (view: a.ViewName, f: a.AnalyticsFilters) => ['analytics', 'view', view, f] as const,
  report: (f: a.AnalyticsFilters) => ['analytics', 'report', f] as const,
  dnas: (f: object) => ['analytics', 'repeated-dnas', f] as const,
  complaints: (f: object) => ['analytics', 'complaints', f] as const,
};

export const useFilterOptions = () => useQuery({ queryKey: analyticsKeys.filters, queryFn: a.fetchFilterOptions, staleTime: 5 * 60_000 });
export const useView = (view: a.ViewName, f: a.AnalyticsFilters) =>
  useQuery({ queryKey: analyticsKeys.view(view, f), queryFn: ({ signal }) => a.fetchView(view, f, signal), placeholderData: keepPreviousData, staleTime: 60_000 });
export const useReport = (f: a.AnalyticsFilters) => useQuery({ queryKey: analyticsKeys.report(f), queryFn: () => a.fetchReport(f) });
export const useRepeatedDnas = (f: { from?: string; to?: string; organisationId?: string }, enabled: boolean) =>
  useQuery({ queryKey: analyticsKeys.dnas(f), queryFn: () => a.fetchRepeatedDnas(f), enabled });
export const useComplaints = (f: { from?: string; to?: string; organisationId?: string }) => useQuery({ queryKey: analyticsKeys.complaints(f), queryFn: () => a.fetchComplaints(f) });

/** Refreshing the rollup or logging a complaint changes every figure: drop the cached views. */
function useAnalyticsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: analyticsKeys.all }) });
}
export const useRefreshRollup = () => useAnalyticsMutation(() => a.refreshRollup());
export const useLogComplaint = () => useAnalyticsMutation((b: a.ComplaintBody) => a.logComplaint(b));
export const useRespondToComplaint = () => useAnalyticsMutation((v: { id: string; body: a.ComplaintResponseBody }) => a.respondToComplaint(v.id, v.body));
