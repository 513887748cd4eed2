import { useState } from 'react';
import { Group, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { DECISION_SHORT } from './labels.ts';
import { useNavigationMetrics, useNeeds } from './queries.ts';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** Contacts by need and decision, and the share navigated away from a GP appointment. */
export function NavigationMetricsPanel() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const metrics = useNavigationMetrics({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const needs = useNeeds();
  const label = (id: string) => needs.data?.needs.find((n) => n.id === id)?.label ?? id;
  if (metrics.isLoading) return <Loader aria-label="Loading metrics" />;
  if (metrics.error || !metrics.data) return <ProblemAlert error={metrics.error} />;
  const m = metrics.data;
  return (
    <Stack>
      <Group>
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Contacts" value={String(m.total)} />
        <Stat label="Navigated away from a GP appointment" value={pct(m.navigatedAwayShare)} hint={`${m.navigatedAwayFromGp} of ${m.total}`} />
        <Stat label="Booked with a GP" value={String(m.bookedWithGp)} />
        <Stat label="Recorded within 30 seconds" value={pct(m.recordedWithin30sShare)} hint={m.medianSecondsToRecord !== null ? `median ${m.medianSecondsToRecord} s` : undefined} />
      </SimpleGrid>
      <Title order={3} size="h4">By decision</Title>
      <BarChart h={220} data={Object.entries(m.byDecision).map(([d, n]) => ({ decision: DECISION_SHORT[d] ?? d, contacts: n }))} dataKey="decision" series={[{ name: 'contacts', color: 'blue.6' }]} />
      <Title order={3} size="h4">By need and decision</Title>
      <Table striped>
        <Table.Thead><Table.Tr><Table.Th>Need</Table.Th><Table.Th>Decision</Table.Th><Table.Th>Contacts</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {m.byNeedAndDecision.map((r) => <Table.Tr key={`${r.need}-${r.decision}`}><Table.Td>{label(r.need)}</Table.Td><Table.Td>{DECISION_SHORT[r.decision] ?? r.decision}</Table.Td><Table.Td>{r.count}</Table.Td></Table.Tr>)}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}
