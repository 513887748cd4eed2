import { BarChart, LineChart } from '@mantine/charts';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { DataTable } from './api.ts';
import { formatValue } from './format.ts';
import { DayHourGrid } from './DayHourGrid.tsx';
import './print.css';

const COLOURS = ['nhs.6', 'grape.6', 'teal.6', 'orange.6', 'gray.5', 'red.6', 'indigo.4'];

/** Which columns a table's chart draws: rates when there are rates, otherwise its counts (see docs/analytics.md). */
export function chartSeries(t: DataTable): string[] {
  const percents = t.columns.filter((c) => c.kind === 'percent').map((c) => c.key);
  const counts = t.columns.filter((c) => c.kind === 'count' && c.key !== 'hour').map((c) => c.key);
  if (t.chart === 'stacked-bar') return percents.length >= 2 ? percents : counts.filter((k) => !['appointments', 'offered'].includes(k)).slice(0, 3);
  return percents.length ? [percents[0]] : counts.slice(0, 1);
}

/** One figure of the dashboard: its chart, the same numbers as a table, and a CSV download of them. */
export function ChartCard({ table, csvHref }: { table: DataTable; csvHref: string }) {
  const first = table.columns[0];
  const series = chartSeries(table);
  const label = (key: string) => table.columns.find((c) => c.key === key)?.label ?? key;
  const data = table.rows.map((r) => ({ ...r, [first.key]: String(r[first.key] ?? '') }));
  const chartProps = {
    h: 260, data, dataKey: first.key, withLegend: series.length > 1, legendProps: { verticalAlign: 'bottom' as const },
    series: series.map((k, i) => ({ name: k, label: label(k), color: COLOURS[i % COLOURS.length] })),
  };
  return (
    <Paper withBorder p="md" className="analytics-card" data-testid={`table-${table.id}`}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={3} size="h4">{table.title}</Title>
          <Text size="sm" c="dimmed">{table.description}</Text>
        </div>
        <Button component="a" href={csvHref} download variant="light" size="xs" className="no-print" aria-label={`Download ${table.title} as CSV`}>Download CSV</Button>
      </Group>
      {table.rows.length === 0 ? <Text>No data for this period and these filters.</Text> : (
        <Stack>
          <div role="img" aria-label={`Chart of ${table.title}; the same figures are in the table below`}>
            {table.chart === 'line' && <LineChart {...chartProps} curveType="linear" />}
            {(table.chart === 'bar' || table.chart === 'stacked-bar') && <BarChart {...chartProps} type={table.chart === 'stacked-bar' ? 'stacked' : 'default'} />}
            {table.chart === 'heatmap' && <DayHourGrid table={table} valueKey={series[0] ?? 'appointments'} />}
          </div>
          <Table.ScrollContainer minWidth={500} mah={320}>
            <Table striped stickyHeader aria-label={table.title}>
              <Table.Thead>
                <Table.Tr>{table.columns.map((c) => <Table.Th key={c.key} ta={c.kind === 'text' ? undefined : 'right'}>{c.label}</Table.Th>)}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((r, i) => (
                  <Table.Tr key={i}>{table.columns.map((c) => <Table.Td key={c.key} ta={c.kind === 'text' ? undefined : 'right'}>{formatValue(c.kind, r[c.key])}</Table.Td>)}</Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Paper>
  );
}
