import { useState } from 'react';
import { Group, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { PROVIDER_KIND_LABELS } from './labels.ts';
import { useActivity } from './queries.ts';

function Figure({ label, value }: { label: string; value: number | string }) {
  return <Paper withBorder p="sm"><Text size="xs" c="dimmed">{label}</Text><Text fw={700} size="xl">{value}</Text></Paper>;
}

/** For PCN managers: what health champions and community partners did across the network. */
export function ActivityPage() {
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const activity = useActivity(range);
  const a = activity.data;
  return (
    <Stack maw={1000}>
      <Title order={1}>Champion and partner activity</Title>
      <Group>
        <TextInput label="From" type="date" value={range.from ?? a?.from ?? ''} onChange={(e) => setRange({ ...range, from: e.currentTarget.value || undefined })} />
        <TextInput label="To" type="date" value={range.to ?? a?.to ?? ''} onChange={(e) => setRange({ ...range, to: e.currentTarget.value || undefined })} />
      </Group>
      {activity.isLoading && <Loader aria-label="Loading activity" />}
      {activity.error && <ProblemAlert error={activity.error} />}
      {a && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <Figure label="Groups running" value={a.totals.groups} />
            <Figure label="Volunteers" value={a.totals.volunteers} />
            <Figure label="Sessions" value={a.totals.sessions} />
            <Figure label="Volunteer hours" value={a.totals.volunteerHours} />
            <Figure label="Attendances" value={a.totals.attendances} />
          </SimpleGrid>
          <Table striped aria-label="Activity by organisation">
            <Table.Thead>
              <Table.Tr><Table.Th>Organisation</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Groups</Table.Th><Table.Th>Volunteers</Table.Th><Table.Th>Sessions</Table.Th><Table.Th>Hours</Table.Th><Table.Th>Attendances</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.organisations.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td><Table.Td>{PROVIDER_KIND_LABELS[o.kind]}</Table.Td><Table.Td>{o.groups}</Table.Td><Table.Td>{o.volunteers}</Table.Td>
                  <Table.Td>{o.sessions}</Table.Td><Table.Td>{o.volunteerHours}</Table.Td><Table.Td>{o.attendances}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
