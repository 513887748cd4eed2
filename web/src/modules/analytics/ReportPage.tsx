import { Alert, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { filterQuery, useAnalyticsFilters } from './filters.ts';
import { formatChange, formatValue } from './format.ts';
import { useReport } from './queries.ts';
import './print.css';

const longDay = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The evaluation report: a printable page of headline figures for a period, against the previous period of equal length. */
export function ReportPage() {
  const [filters] = useAnalyticsFilters();
  const q = useReport(filters);
  if (q.error) return <ProblemAlert error={q.error} />;
  if (!q.data) return <Loader aria-label="Loading the report" />;
  const r = q.data;
  return (
    <Stack className="analytics-report" data-testid="evaluation-report">
      <Group justify="space-between" className="no-print">
        <Button component={Link} to={`/analytics?${filterQuery(filters)}`} variant="default" size="xs">Back to the dashboard</Button>
        <Button size="xs" onClick={() => window.print()}>Print or save as PDF</Button>
      </Group>
      <div>
        <Title order={1} size="h2">Evaluation report: {r.scope.label}</Title>
        <Text>{longDay(r.from)} to {longDay(r.to)}, compared with {longDay(r.previousFrom)} to {longDay(r.previousTo)}.</Text>
        <Text size="xs" c="dimmed">Figures as of {r.refreshedAt ? new Date(r.refreshedAt).toLocaleString('en-GB', { timeZone: 'Europe/London' }) : '–'}. Definitions: the dashboard guide (docs/user-guide/dashboard.md).</Text>
      </div>
      {r.sections.map((s) => (
        <section key={s.title}>
          <Title order={2} size="h3" mb="xs">{s.title}</Title>
          <Table withTableBorder aria-label={s.title}>
            <Table.Thead><Table.Tr><Table.Th>Figure</Table.Th><Table.Th ta="right">This period</Table.Th><Table.Th ta="right">Previous period</Table.Th><Table.Th ta="right">Change</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {s.figures.map((f) => (
                <Table.Tr key={f.key}>
                  <Table.Td>{f.label}</Table.Td><Table.Td ta="right">{formatValue(f.kind, f.current)}</Table.Td>
                  <Table.Td ta="right">{formatValue(f.kind, f.previous)}</Table.Td><Table.Td ta="right">{formatChange(f.kind, f.change)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ))}
      {r.tables.length > 0 && <Title order={2} size="h3">Friends and Family Test by role, site and channel</Title>}
      {r.tables.map((t) => (
        <section key={t.id}>
          <Title order={3} size="h4" mb="xs">{t.title}</Title>
          <Text size="sm" mb="xs">{t.description}</Text>
          <Table withTableBorder aria-label={t.title}>
            <Table.Thead><Table.Tr>{t.columns.map((c, i) => <Table.Th key={c.key} ta={i === 0 ? undefined : 'right'}>{c.label}</Table.Th>)}</Table.Tr></Table.Thead>
            <Table.Tbody>
              {t.rows.map((row, k) => (
                <Table.Tr key={k}>{t.columns.map((c, i) => <Table.Td key={c.key} ta={i === 0 ? undefined : 'right'}>{formatValue(c.kind, row[c.key])}</Table.Td>)}</Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ))}
      {r.notes.map((n) => <Alert key={n} color="gray">{n}</Alert>)}
    </Stack>
  );
}
