import { Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useMetrics } from './queries.ts';

const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const minutes = (m: number | null) => (m === null ? '—' : m >= 60 ? `${Math.floor(m / 60)}h ${Math.round(m % 60)}m` : `${Math.round(m)}m`);

/** The last 28 days of the queue: throughput, response times, and the triage engine against clinicians per rules version. */
export function MetricsPanel() {
  const metrics = useMetrics({});
  if (metrics.isPending) return <Loader aria-label="Loading the metrics" />;
  if (metrics.error) return <ProblemAlert error={metrics.error} />;
  const m = metrics.data!;
  return (
    <Stack>
      <Text size="sm" c="dimmed">Requests sent {m.from} to {m.to}</Text>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {[
          ['Requests', String(m.total)], ['Sent to 999/A&E', String(m.emergenciesRedirected)], ['Overdue now', String(m.overdueNow)],
          ['Median to first action', minutes(m.medianMinutesToFirstAction)], ['Closed without appointment', pct(m.closedWithoutAppointmentShare)],
        ].map(([label, value]) => (
          <Paper key={label} withBorder p="sm"><Text size="xs" c="dimmed">{label}</Text><Text fw={700} size="lg">{value}</Text></Paper>
        ))}
      </SimpleGrid>
      <Title order={3} size="h4">Triage engine against clinicians</Title>
      <Text size="sm" c="dimmed">
        For each rules version: how many requests a clinician judged (their latest judgement counts), and how often the engine was less urgent
        than the clinician (under-triage), more urgent (over-triage), and chose the same first-contact role.
      </Text>
      <Table striped withTableBorder aria-label="Live triage rates by rules version">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rules</Table.Th><Table.Th>Requests</Table.Th><Table.Th>Judged</Table.Th><Table.Th>Urgency agreed</Table.Th>
            <Table.Th>Under-triage</Table.Th><Table.Th>Over-triage</Table.Th><Table.Th>Role agreed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.liveRates.map((r) => (
            <Table.Tr key={r.rulesVersion}>
              <Table.Td>{r.rulesVersion}</Table.Td>
              <Table.Td>{r.requests}</Table.Td>
              <Table.Td>{r.judged} ({pct(r.judgedShare)})</Table.Td>
              <Table.Td>{pct(r.urgencyAgreement)}</Table.Td>
              <Table.Td><Group gap={4}><Text size="sm" c={r.underTriage ? 'red.8' : undefined} fw={r.underTriage ? 700 : undefined}>{pct(r.underTriageRate)}</Text><Text size="xs" c="dimmed">({r.underTriage})</Text></Group></Table.Td>
              <Table.Td>{pct(r.overTriageRate)} <Text span size="xs" c="dimmed">({r.overTriage})</Text></Table.Td>
              <Table.Td>{pct(r.roleAgreement)}</Table.Td>
            </Table.Tr>
          ))}
          {m.liveRates.length === 0 && <Table.Tr><Table.Td colSpan={7}><Text c="dimmed">No requests in this period.</Text></Table.Td></Table.Tr>}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
