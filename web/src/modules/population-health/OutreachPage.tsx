import { Anchor, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { fetchEntries, fetchOutreach, updateEntry, type Entry } from './api.ts';

const STATUSES: Entry['status'][] = ['to-contact', 'invited', 'contacted', 'booked', 'attended', 'did-not-attend', 'declined', 'no-response'];

/** One outreach list: who is on it and where each person stands; staff move them along as they go. */
export function OutreachPage() {
  const { outreachId = '' } = useParams();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['population-health', 'outreach', outreachId], queryFn: () => fetchOutreach(outreachId) });
  const entries = useQuery({ queryKey: ['population-health', 'entries', outreachId], queryFn: () => fetchEntries(outreachId) });
  const change = useMutation({
    mutationFn: (v: { entryId: string; status: Entry['status'] }) => updateEntry(outreachId, v.entryId, v.status),
    onSuccess: () => { qc.invalidateQueries({ queryKey: ['population-health', 'outreach', outreachId] }); qc.invalidateQueries({ queryKey: ['population-health', 'entries', outreachId] }); },
  });
  if (list.isLoading || entries.isLoading) return <Loader aria-label="Loading" />;
  if (list.error || !list.data) return <ProblemAlert error={list.error} />;
  if (entries.error || !entries.data) return <ProblemAlert error={entries.error} />;
  const o = list.data;
  return (
    <Stack>
      <Anchor component={Link} to="/population-health/cohorts" size="sm">← Cohorts and outreach</Anchor>
      <Title order={1}>{o.name}</Title>
      <Text size="sm" c="dimmed">{o.total} people · {STATUSES.filter((s) => o.byStatus[s]).map((s) => `${s} ${o.byStatus[s]}`).join(' · ')}</Text>
      {change.error && <ProblemAlert error={change.error} />}
      <Paper withBorder p="md">
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>NHS number</Table.Th><Table.Th>Practice</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {entries.data.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td><Anchor component={Link} to={`/patients/${e.patientId}`}>{e.name}</Anchor></Table.Td>
                <Table.Td>{e.nhsNumber}</Table.Td><Table.Td>{e.practiceName}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Select size="xs" w={150} data={STATUSES} value={e.status} aria-label={`Status of ${e.name}`} onChange={(v) => v && change.mutate({ entryId: e.id, status: v as Entry['status'] })} />
                    {e.invited && <Text size="xs" c="dimmed">invited</Text>}
                    {e.appointmentId && <Text size="xs" c="dimmed">booked through the invitation's link</Text>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {entries.data.nextCursor && <Text size="xs" c="dimmed" mt="xs">Showing the first {entries.data.items.length}.</Text>}
      </Paper>
    </Stack>
  );
}
