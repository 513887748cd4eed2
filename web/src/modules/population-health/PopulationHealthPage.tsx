import { Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { fetchFrailty, fetchRegisters, registersCsvUrl } from './api.ts';

const pct = (x: number) => `${x.toFixed(1)}%`;

/**
 * The network's registers and frailty: each long-term-condition register with its size and prevalence
 * in every practice beside the network's, how many are due for review, multimorbidity, and the
 * electronic frailty index of everyone 65 and over by practice and age band.
 */
export function PopulationHealthPage() {
  const registers = useQuery({ queryKey: ['population-health', 'registers'], queryFn: fetchRegisters });
  const frailty = useQuery({ queryKey: ['population-health', 'frailty'], queryFn: fetchFrailty });
  if (registers.isLoading || frailty.isLoading) return <Loader aria-label="Loading population health" />;
  if (registers.error || !registers.data) return <ProblemAlert error={registers.error} />;
  if (frailty.error || !frailty.data) return <ProblemAlert error={frailty.error} />;
  const r = registers.data;
  const f = frailty.data;
  const practices = r.registers[0]?.practices ?? [];
  const share = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
  const chart = f.practices.map((p) => ({ practice: p.practiceName, Fit: p.fit, Mild: p.mild, Moderate: p.moderate, Severe: p.severe }));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Population health</Title>
        <Group>
          <Anchor component={Link} to="/population-health/cohorts">Build a cohort</Anchor>
          <Anchor component={Link} to="/population-health/inequalities">Inequalities</Anchor>
          <Anchor href={registersCsvUrl}>Download registers (CSV, counts under 5 suppressed)</Anchor>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {r.listSize.toLocaleString('en-GB')} registered patients. Computed {r.computedAt ? new Date(r.computedAt).toLocaleString('en-GB') : 'never: run commons phm recompute'}.
        Prevalence is the register's size as a share of the list.
      </Text>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">Registers</Title>
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Register</Table.Th>
                <Table.Th ta="right">Network</Table.Th>
                {practices.map((p) => <Table.Th key={p.practiceId} ta="right">{p.practiceName}</Table.Th>)}
                <Table.Th ta="right">Due for review</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.registers.map((reg) => (
                <Table.Tr key={reg.id}>
                  <Table.Td title={reg.rule}>{reg.name} <Text span size="xs" c="dimmed">{reg.indicator}</Text></Table.Td>
                  <Table.Td ta="right"><b>{pct(reg.prevalence)}</b> <Text span size="xs" c="dimmed">({reg.count.toLocaleString('en-GB')})</Text></Table.Td>
                  {reg.practices.map((p) => (
                    <Table.Td key={p.practiceId} ta="right">
                      {pct(p.prevalence)} <Text span size="xs" c={p.prevalence > reg.prevalence * 1.2 ? 'red' : p.prevalence < reg.prevalence * 0.8 ? 'blue' : 'dimmed'}>({p.count})</Text>
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{reg.dueForReview.toLocaleString('en-GB')} <Text span size="xs" c="dimmed">({share(reg.dueForReview, reg.count)})</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">A practice's count is red when its prevalence is over 20% above the network's, blue when over 20% below. Hover a register for its rule.</Text>
      </Paper>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="No long-term condition" value={r.multimorbidity.none} of={r.listSize} />
        <Stat label="One" value={r.multimorbidity.one} of={r.listSize} />
        <Stat label="Two" value={r.multimorbidity.two} of={r.listSize} />
        <Stat label="Three or more" value={r.multimorbidity.threeOrMore} of={r.listSize} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4">Electronic frailty index, everyone 65 and over</Title>
        <Group my="xs">
          <Badge color="green" variant="light">Fit {share(f.network.fit, f.network.population65)}</Badge>
          <Badge color="yellow" variant="light">Mild {share(f.network.mild, f.network.population65)}</Badge>
          <Badge color="orange" variant="light">Moderate {share(f.network.moderate, f.network.population65)}</Badge>
          <Badge color="red" variant="light">Severe {share(f.network.severe, f.network.population65)}</Badge>
          <Text size="sm" c="dimmed">of {f.network.population65.toLocaleString('en-GB')} people</Text>
        </Group>
        <BarChart h={280} data={chart} dataKey="practice" type="stacked"
          series={[{ name: 'Fit', color: 'green.5' }, { name: 'Mild', color: 'yellow.5' }, { name: 'Moderate', color: 'orange.6' }, { name: 'Severe', color: 'red.7' }]} />
        <Table mt="sm">
          <Table.Thead><Table.Tr><Table.Th>Age</Table.Th><Table.Th ta="right">People</Table.Th><Table.Th ta="right">Fit</Table.Th><Table.Th ta="right">Mild</Table.Th><Table.Th ta="right">Moderate</Table.Th><Table.Th ta="right">Severe</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {f.byAgeBand.map((b) => (
              <Table.Tr key={b.ageBand}>
                <Table.Td>{b.ageBand}</Table.Td><Table.Td ta="right">{b.population65}</Table.Td>
                <Table.Td ta="right">{share(b.fit, b.population65)}</Table.Td><Table.Td ta="right">{share(b.mild, b.population65)}</Table.Td>
                <Table.Td ta="right">{share(b.moderate, b.population65)}</Table.Td><Table.Td ta="right">{share(b.severe, b.population65)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">The eFI is a risk-stratification tool, not a diagnosis: confirm frailty clinically (for example with the Clinical Frailty Scale).</Text>
      </Paper>
    </Stack>
  );
}

function Stat({ label, value, of }: { label: string; value: number; of: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="xl">{value.toLocaleString('en-GB')}</Text>
      <Text size="xs" c="dimmed">{of ? `${Math.round((100 * value) / of)}% of the list` : ''}</Text>
    </Paper>
  );
}
