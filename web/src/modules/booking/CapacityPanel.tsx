import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { addDays, londonMidnight, londonToday } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useRoleLabel } from '../network/queries.ts';
import { useCapacity } from './queries.ts';

/** Capacity shared with the network at a glance: per organisation and role, used and free, and how much is released to others. */
export function CapacityPanel() {
  const [from, setFrom] = useState(londonToday());
  const [to, setTo] = useState(addDays(londonToday(), 13));
  const roleLabel = useRoleLabel();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && to >= from;
  const capacity = useCapacity({ from: londonMidnight(valid ? from : londonToday()), to: londonMidnight(addDays(valid ? to : londonToday(), 1)) });
  const rows = capacity.data ?? [];

  // One slot may be open to several channels, so only "open to the network" is charted beside booked and free.
  const byOrg = new Map<string, { organisation: string; Booked: number; Free: number; 'Open to the network': number }>();
  for (const r of rows) {
    const o = byOrg.get(r.organisation.id) ?? { organisation: r.organisation.name, Booked: 0, Free: 0, 'Open to the network': 0 };
    o.Booked += r.booked;
    o.Free += r.free;
    o['Open to the network'] += r.released.network;
    byOrg.set(r.organisation.id, o);
  }
  const chart = [...byOrg.values()];

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label="To" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={valid ? undefined : 'Choose an end date on or after the start'} />
      </Group>
      {capacity.error && <ProblemAlert error={capacity.error} />}
      {capacity.isLoading && <Loader aria-label="Loading capacity" />}
      {capacity.isSuccess && rows.length === 0 && <Text>No slots in this period. Generate slots from the weekly rota first.</Text>}
      {chart.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">Slots by organisation</Title>
          <BarChart
            h={260}
            data={chart}
            dataKey="organisation"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={[
              { name: 'Booked', color: 'nhs.6' },
              { name: 'Free', color: 'gray.4' },
              { name: 'Open to the network', color: 'grape.6' },
            ]}
            aria-label="Bar chart of booked, free and network-shared slots per organisation; the same figures are in the table below"
          />
        </Paper>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label="Capacity per organisation and role" data-testid="capacity-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Organisation</Table.Th><Table.Th>Role</Table.Th><Table.Th ta="right">Total</Table.Th><Table.Th ta="right">Booked</Table.Th>
                <Table.Th ta="right">Free</Table.Th><Table.Th ta="right">Blocked</Table.Th><Table.Th ta="right">Open to network</Table.Th>
                <Table.Th ta="right">Open to hub</Table.Th><Table.Th ta="right">Open to NHS 111</Table.Th><Table.Th ta="right">Open online</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.organisation.id}-${r.role}`}>
                  <Table.Td>{r.organisation.name}</Table.Td><Table.Td>{roleLabel(r.role)}</Table.Td>
                  <Table.Td ta="right">{r.total}</Table.Td><Table.Td ta="right">{r.booked}</Table.Td><Table.Td ta="right">{r.free}</Table.Td><Table.Td ta="right">{r.blocked}</Table.Td>
                  <Table.Td ta="right">{r.released.network}</Table.Td><Table.Td ta="right">{r.released.hub}</Table.Td><Table.Td ta="right">{r.released.nhs111}</Table.Td><Table.Td ta="right">{r.released.online}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
