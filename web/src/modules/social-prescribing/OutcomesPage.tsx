import { useState } from 'react';
import { Anchor, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { Link } from 'react-router';
import { formatDay } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { Stat } from '../navigation/NavigationMetricsPanel.tsx';
import { DISCHARGE_WORDS, ONS4_LABELS, REFERRAL_REASON_WORDS, SOURCE_WORDS, STATUS_WORDS } from './labels.ts';
import { useOutcomes } from './queries.ts';

const KEYS = ['lifeSatisfaction', 'worthwhile', 'happy', 'anxious'] as const;
const signed = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${x > 0 ? '+' : ''}${x}`);
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/**
 * Outcomes of the referrals made in a period (NHS England's common outcomes framework): on the
 * person (ONS4 at first contact and discharge) and on the health system (GP appointments in the
 * 6 months before and after referral), with the activity behind them.
 */
export function OutcomesPage() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const outcomes = useOutcomes({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  if (outcomes.isLoading) return <Loader aria-label="Loading outcomes" />;
  if (outcomes.error || !outcomes.data) return <ProblemAlert error={outcomes.error} />;
  const o = outcomes.data;
  const chart = KEYS.map((k) => ({ item: ONS4_LABELS[k], 'First contact': o.ons4.before[k] ?? 0, Discharge: o.ons4.after[k] ?? 0 }));
  return (
    <Stack>
      <Anchor component={Link} to="/social-prescribing" size="sm">← Caseload</Anchor>
      <Title order={1}>Social prescribing outcomes</Title>
      <Group>
        <TextInput type="date" label="Referred from" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="to" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Text size="sm" c="dimmed">{o.from} to {o.to}</Text>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Stat label="Referrals" value={String(o.referrals)} hint={Object.entries(o.bySource).map(([k, n]) => `${SOURCE_WORDS[k] ?? k} ${n}`).join(' · ')} />
        <Stat label="Contacts" value={String(o.contacts)} hint={`${Math.round(o.minutes / 60)} hours with people`} />
        <Stat label="Onward referrals taken up" value={`${o.onwardTakenUp} of ${o.onwardReferrals}`} />
        <Stat label="Goals achieved" value={`${o.goalsAchieved} of ${o.goals}`} />
        <Stat label="GP appointments, 6 months after vs before" value={pct(o.gpAppointments.changeShare)} hint={`${o.gpAppointments.after} after, ${o.gpAppointments.before} before (${o.gpAppointments.people} people referred 6+ months ago)`} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4">ONS4 personal wellbeing: first contact and discharge</Title>
        <Text size="sm" c="dimmed" mb="sm">
          Means over the {o.ons4.pairs} people with both scores. Change: satisfaction {signed(o.ons4.change.lifeSatisfaction)}, worthwhile {signed(o.ons4.change.worthwhile)},
          happy {signed(o.ons4.change.happy)}, anxious {signed(o.ons4.change.anxious)} (anxiety falling is better). Low life satisfaction (0–4): {pct(o.ons4.lowLifeSatisfactionBefore)} → {pct(o.ons4.lowLifeSatisfactionAfter)}.
        </Text>
        <BarChart h={260} data={chart} dataKey="item" yAxisProps={{ domain: [0, 10] }} series={[{ name: 'First contact', color: 'gray.5' }, { name: 'Discharge', color: 'teal.6' }]} />
        {o.swemwbs.pairs > 0 && <Text size="sm" mt="xs">SWEMWBS (metric): {o.swemwbs.before} → {o.swemwbs.after} ({signed(o.swemwbs.change)}) over {o.swemwbs.pairs} people.</Text>}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Counts title="By status" counts={o.byStatus} words={STATUS_WORDS} />
        <Counts title="By reason" counts={o.byReason} words={REFERRAL_REASON_WORDS} />
        <Counts title="By discharge reason" counts={o.byDischargeReason} words={DISCHARGE_WORDS} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">Each person</Title>
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>Person</Table.Th><Table.Th>Referred</Table.Th><Table.Th>Status</Table.Th><Table.Th>ONS4 change (satisfied, worthwhile, happy, anxious)</Table.Th><Table.Th>GP appts before → after</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {o.people.map((p) => (
              <Table.Tr key={p.referralId}>
                <Table.Td><Anchor component={Link} to={`/social-prescribing/${p.referralId}`}>{p.name}</Anchor></Table.Td>
                <Table.Td>{formatDay(p.referredAt)}</Table.Td>
                <Table.Td>{STATUS_WORDS[p.status]}</Table.Td>
                <Table.Td>{p.ons4Change ? KEYS.map((k) => signed(p.ons4Change![k])).join(', ') : '–'}</Table.Td>
                <Table.Td>{p.gpAppointmentsBefore} → {p.gpAppointmentsAfter}{!p.afterWindowComplete && ' (so far)'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function Counts({ title, counts, words }: { title: string; counts: Record<string, number>; words: Record<string, string> }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">{title}</Title>
      {Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => <Group key={k} justify="space-between"><Text size="sm">{words[k] ?? k}</Text><Text size="sm" fw={600}>{n}</Text></Group>)}
    </Paper>
  );
}
