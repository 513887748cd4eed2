import { Alert, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { exportHref, type AnalyticsFilters, type ViewName } from './api.ts';
import { ChartCard } from './ChartCard.tsx';
import { formatValue } from './format.ts';
import { useView } from './queries.ts';

/** One view of the dashboard: its headline figures, then each chart with its table and CSV. */
export function ViewPanel({ view, filters }: { view: ViewName; filters: AnalyticsFilters }) {
  const q = useView(view, filters);
  if (q.error) return <ProblemAlert error={q.error} />;
  if (!q.data) return <Loader aria-label="Loading the figures" />;
  const d = q.data;
  return (
    <Stack data-testid={`view-${view}`} style={{ opacity: q.isFetching ? 0.6 : 1 }}>
      <Text size="sm" c="dimmed">{d.scope.label}, {d.from} to {d.to}. Figures as of {d.refreshedAt ? new Date(d.refreshedAt).toLocaleString('en-GB', { timeZone: 'Europe/London' }) : '–'}.</Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {d.headline.map((f) => (
          <Paper key={f.key} withBorder p="sm" data-testid={`figure-${f.key}`}>
            <Text size="xs" c="dimmed">{f.label}</Text>
            <Text size="xl" fw={700}>{formatValue(f.kind, f.value)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {d.notes.map((n) => <Alert key={n} color="gray">{n}</Alert>)}
      {d.tables.map((t) => <ChartCard key={t.id} table={t} csvHref={exportHref(view, t.id, filters)} />)}
    </Stack>
  );
}
