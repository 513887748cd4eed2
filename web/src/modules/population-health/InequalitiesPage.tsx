import { useState } from 'react';
import { Alert, Anchor, Group, List, Loader, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { fetchInequalities, inequalitiesCsvUrl, type Inequalities } from './api.ts';

type Row = Inequalities['dimensions'][number]['groups'][number];
const n = (c: number | '<5') => (typeof c === 'number' ? c.toLocaleString('en-GB') : c);
const pct = (x: number | null) => (x === null ? '–' : `${x}%`);

/**
 * Inequalities: every register's prevalence, its review rate (share not overdue) and outreach results
 * by deprivation decile, age band and sex, with the gap between the most and least deprived fifth in
 * words. The server has already shown counts of 1–4 as "<5" and left out rates made from them.
 */
export function InequalitiesPage() {
  const q = useQuery({ queryKey: ['population-health', 'inequalities'], queryFn: fetchInequalities });
  const [dimension, setDimension] = useState('deprivation');
  const [registerId, setRegisterId] = useState('HYP');
  if (q.isLoading) return <Loader aria-label="Loading inequalities" />;
  if (q.error || !q.data) return <ProblemAlert error={q.error} />;
  const v = q.data;
  const dim = v.dimensions.find((d) => d.id === dimension)!;
  const register = v.registers.find((r) => r.id === registerId) ?? v.registers[0];
  const cell = (g: Row) => g.registers.find((r) => r.id === register.id)!;
  const headline = v.gaps.filter((g) => g.registerId === null || (g.registerId === register.id));
  const chart = dim.groups.map((g) => ({ group: g.label, 'Review rate %': cell(g).reviewRate ?? 0, 'Prevalence %': cell(g).prevalence ?? 0 }));
  return (
    <Stack>
      <Anchor component={Link} to="/population-health" size="sm">← Registers and frailty</Anchor>
      <Group justify="space-between">
        <Title order={1}>Inequalities</Title>
        <Anchor href={inequalitiesCsvUrl}>Download (CSV, counts under 5 suppressed)</Anchor>
      </Group>
      <Paper withBorder p="md" aria-labelledby="gap-heading">
        <Title order={2} size="h4" id="gap-heading" mb="xs">Most against least deprived fifth</Title>
        <List spacing={4} size="sm">{headline.map((g) => <List.Item key={`${g.measure}${g.registerId}`}>{g.text}</List.Item>)}</List>
      </Paper>
      <Group align="end">
        <Select label="Register" data={v.registers.map((r) => ({ value: r.id, label: r.name }))} value={register.id} onChange={(x) => x && setRegisterId(x)} allowDeselect={false} />
        <SegmentedControl aria-label="Break down by" value={dimension} onChange={setDimension} data={v.dimensions.map((d) => ({ value: d.id, label: d.name.replace(/ \(.*\)$/, '') }))} />
      </Group>
      {!dim.recorded ? <Alert color="gray">{dim.name} is not recorded in Commons yet, so it cannot be broken down.</Alert> : (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">{register.name} by {dim.name.toLowerCase()}</Title>
          <div role="img" aria-label={`Chart of ${register.name} prevalence and review rate by ${dim.name}; the same figures are in the table below`}>
            <BarChart h={240} data={chart} dataKey="group" series={[{ name: 'Prevalence %', color: 'blue.5' }, ...(register.hasReview ? [{ name: 'Review rate %', color: 'teal.6' }] : [])]} />
          </div>
          <Table.ScrollContainer minWidth={800}>
            <Table striped mt="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{dim.name}</Table.Th><Table.Th ta="right">Registered</Table.Th><Table.Th ta="right">On register</Table.Th><Table.Th ta="right">Prevalence</Table.Th>
                  <Table.Th ta="right">Not overdue</Table.Th><Table.Th ta="right">Review rate</Table.Th>
                  <Table.Th ta="right">Outreach listed</Table.Th><Table.Th ta="right">Contacted</Table.Th><Table.Th ta="right">Booked</Table.Th><Table.Th ta="right">Attended</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dim.groups.map((g) => (
                  <Table.Tr key={g.key}>
                    <Table.Td>{g.label}</Table.Td><Table.Td ta="right">{n(g.population)}</Table.Td><Table.Td ta="right">{n(cell(g).count)}</Table.Td><Table.Td ta="right">{pct(cell(g).prevalence)}</Table.Td>
                    <Table.Td ta="right">{register.hasReview ? `${n(cell(g).notOverdue)} of ${n(cell(g).reviewable)}` : 'no review'}</Table.Td><Table.Td ta="right">{pct(cell(g).reviewRate)}</Table.Td>
                    <Table.Td ta="right">{n(g.outreach.listed)}</Table.Td><Table.Td ta="right">{n(g.outreach.contacted)}</Table.Td><Table.Td ta="right">{n(g.outreach.booked)}</Table.Td>
                    <Table.Td ta="right">{n(g.outreach.attended)} <Text span size="xs" c="dimmed">({pct(g.outreach.attendedRate)})</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed" mt="xs">
            Counts of 1 to 4 are shown as &lt;5 and rates made from them as –. Outreach counts every list; contacted includes those who booked, attended, did not attend or declined.
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
