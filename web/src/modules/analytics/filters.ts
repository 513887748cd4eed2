import { useSearchParams } from 'react-router';
import type { AnalyticsFilters } from './api.ts';

// The dashboard's filters live in the address, so a view can be bookmarked, shared, and carried to
// the evaluation report unchanged.

const KEYS = ['from', 'to', 'organisationId', 'siteId', 'role', 'mode', 'nationalCategory', 'split'] as const;

export function useAnalyticsFilters(): [AnalyticsFilters, (change: Partial<AnalyticsFilters> & { view?: string }) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v)) as AnalyticsFilters;
  const set = (change: Partial<AnalyticsFilters> & { view?: string }) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) if (v) next.set(k, String(v)); else next.delete(k);
    // A site belongs to one organisation: choosing another organisation clears it.
    if ('organisationId' in change && !('siteId' in change)) next.delete('siteId');
    setParams(next, { replace: true });
  };
  return [filters, set, params];
}

/** The filters as a query string for links (the report page, CSV downloads). */
export const filterQuery = (f: AnalyticsFilters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
