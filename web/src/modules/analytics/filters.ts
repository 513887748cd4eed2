import { useAddressState } from '../../app/address-state.ts';
import type { AnalyticsFilters } from './api.ts';

// The dashboard's filters live in the address, so a view can be bookmarked, shared, and carried to
// the evaluation report unchanged.

const KEYS = ['from', 'to', 'organisationId', 'siteId', 'role', 'mode', 'nationalCategory', 'split'] as const;

export function useAnalyticsFilters(): [AnalyticsFilters, (change: Partial<AnalyticsFilters> & { view?: string }) => void, URLSearchParams] {
  const [params, change] = useAddressState();
  const filters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v)) as AnalyticsFilters;
  const set = (filterChange: Partial<AnalyticsFilters> & { view?: string }) => {
    const changes = Object.fromEntries(Object.entries(filterChange).map(([k, v]) => [k, v ? String(v) : undefined]));
    // A site belongs to one organisation: choosing another organisation clears it.
    if ('organisationId' in filterChange && !('siteId' in filterChange)) changes.siteId = undefined;
    change(changes);
  };
  return [filters, set, params];
}

/** The filters as a query string for links (the report page, CSV downloads). */
export const filterQuery = (f: AnalyticsFilters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
