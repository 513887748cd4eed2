import { Group, Select, TextInput } from '@mantine/core';
import { useRoleLabel } from '../network/queries.ts';
import type { AnalyticsFilters, FilterOptions } from './api.ts';

const MODE_WORDS: Record<string, string> = { 'face-to-face': 'Face to face', telephone: 'Telephone', video: 'Video', 'home-visit': 'Home visit' };

/** Period, practice or hub, site, role, mode and national category. */
export function FilterBar({ filters, set, options }: { filters: AnalyticsFilters; set: (c: Partial<AnalyticsFilters> & { view?: string }) => void; options: FilterOptions }) {
  const roleLabel = useRoleLabel();
  const sites = options.sites.filter((s) => !filters.organisationId || s.organisationId === filters.organisationId);
  return (
    <Group align="flex-end" gap="sm" className="no-print">
      <TextInput label="From" type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} w={150} />
      <TextInput label="To" type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} w={150} />
      <Select label="Practice or hub" placeholder={options.seesAllPractices ? 'Whole network' : 'Network totals'} clearable searchable w={240}
        data={options.organisations.map((o) => ({ value: o.id, label: o.kind === 'hub' ? `${o.name} (hub)` : o.name }))}
        value={filters.organisationId ?? null} onChange={(v) => set({ organisationId: v ?? undefined })} />
      <Select label="Site" placeholder="Every site" clearable searchable w={220} data={sites.map((s) => ({ value: s.id, label: s.name }))}
        value={filters.siteId ?? null} onChange={(v) => set({ siteId: v ?? undefined })} />
      <Select label="Role" placeholder="Every role" clearable w={200} data={options.roles.map((r) => ({ value: r, label: roleLabel(r) }))}
        value={filters.role ?? null} onChange={(v) => set({ role: (v ?? undefined) as AnalyticsFilters['role'] })} />
      <Select label="Mode" placeholder="Every mode" clearable w={150} data={options.modes.map((m) => ({ value: m, label: MODE_WORDS[m] ?? m }))}
        value={filters.mode ?? null} onChange={(v) => set({ mode: (v ?? undefined) as AnalyticsFilters['mode'] })} />
      <Select label="National category" placeholder="Every category" clearable searchable w={260} data={options.nationalCategories}
        value={filters.nationalCategory ?? null} onChange={(v) => set({ nationalCategory: (v ?? undefined) as AnalyticsFilters['nationalCategory'] })} />
    </Group>
  );
}
