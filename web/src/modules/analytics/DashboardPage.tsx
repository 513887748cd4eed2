import { Button, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import type { ViewName } from './api.ts';
import { ComplaintsPanel } from './ComplaintsPanel.tsx';
import { FftSplitControl } from './FftSplitControl.tsx';
import { FilterBar } from './FilterBar.tsx';
import { filterQuery, useAnalyticsFilters } from './filters.ts';
import { useFilterOptions, useRefreshRollup } from './queries.ts';
import { RepeatedDnasPanel } from './RepeatedDnasPanel.tsx';
import { ViewPanel } from './ViewPanel.tsx';

const TABS: { view: ViewName; label: string }[] = [
  { view: 'demand', label: 'Demand and capacity' },
  { view: 'attendance', label: 'Attendance' },
  { view: 'role-mix', label: 'Role mix' },
  { view: 'access', label: 'Access' },
  { view: 'satisfaction', label: 'Complaints and satisfaction' },
];

/** The network's evidence: five views over one set of filters, each chart with its table and CSV, and the evaluation report. */
export function DashboardPage() {
  const [filters, set, params] = useAnalyticsFilters();
  const options = useFilterOptions();
  const refresh = useRefreshRollup();
  const session = useSignedIn();
  const tab = (params.get('view') as ViewName | null) ?? 'demand';
  const setTab = (v: string | null) => set({ view: v ?? 'demand' });
  if (options.error) return <ProblemAlert error={options.error} />;
  if (!options.data) return <Loader aria-label="Loading the dashboard" />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">Dashboard</Title>
        <Group>
          <Button variant="default" size="xs" loading={refresh.isPending} onClick={() => refresh.mutate(undefined)}>Refresh now</Button>
          <Button component={Link} to={`/analytics/report?${filterQuery(filters)}`} size="xs">Evaluation report</Button>
        </Group>
      </Group>
      {refresh.error && <ProblemAlert error={refresh.error} />}
      <FilterBar filters={filters} set={set} options={options.data} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>{TABS.map((t) => <Tabs.Tab key={t.view} value={t.view}>{t.label}</Tabs.Tab>)}</Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.view} value={t.view} pt="md">
            {t.view === 'satisfaction' && <FftSplitControl value={filters.split ?? 'practice'} onChange={(v) => set({ split: v === 'practice' ? undefined : v })} />}
            <ViewPanel view={t.view} filters={filters} />
            {t.view === 'attendance' && session.permissions.includes('analytics:patients') && <RepeatedDnasPanel filters={filters} />}
            {t.view === 'satisfaction' && <ComplaintsPanel filters={filters} canLog={session.permissions.includes('complaints:write')} organisations={options.data.organisations} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
