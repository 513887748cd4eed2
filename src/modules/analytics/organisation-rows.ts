import type { Scope } from './filters.ts';
import type { RollupSum } from './queries.ts';

/**
 * Rows of a breakdown by organisation: the total first ("Network", or the filtered scope), then each
 * organisation this person may see, by name. Practice staff see their own row and the network total.
 */
export function organisationRows(scope: Scope, total: RollupSum, byOrg: RollupSum[], cells: (r: RollupSum) => Record<string, string | number | null>) {
  const names = new Map(scope.directory.organisations.map((o) => [o.id, o]));
  const rows = byOrg
    .filter((r) => scope.visibleOrganisations.has(r.keys.organisation_id))
    .map((r) => ({ name: names.get(r.keys.organisation_id)?.name ?? 'Unknown', kind: names.get(r.keys.organisation_id)?.kind ?? '', r }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [{ organisation: scope.filter.organisationId ? 'Total' : 'Network', ...cells(total) }, ...rows.map((x) => ({ organisation: x.kind === 'hub' ? `${x.name} (hub)` : x.name, ...cells(x.r) }))];
}
