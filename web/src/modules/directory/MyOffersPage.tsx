import { useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { londonToday } from '../../app/london-time.ts';
import type { Offer } from './api.ts';
import { useOfferSearch, useOfferSummary, useRecordSession, useSessions } from './queries.ts';

/** Record a session: the day, volunteer hours, and who came (first names or codes they chose, one a line). */
function AttendanceForm({ offer }: { offer: Offer }) {
  const [heldOn, setHeldOn] = useState(londonToday());
  const [hours, setHours] = useState<string>('');
  const [people, setPeople] = useState('');
  const record = useRecordSession(offer.id);
  const attendees = people.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  return (
    <Stack gap="xs" component="form" onSubmit={(e) => { e.preventDefault(); record.mutate({ heldOn, attendees, ...(hours !== '' ? { volunteerHours: Number(hours) } : {}) }, { onSuccess: () => setPeople('') }); }}>
      {record.error && <ProblemAlert error={record.error} title="Attendance was not saved" />}
      {record.isSuccess && <Alert color="green" title="Saved">{record.data.attendance} {record.data.attendance === 1 ? 'person' : 'people'} at the session on {record.data.heldOn}.</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Day of the session" type="date" value={heldOn} max={londonToday()} onChange={(e) => setHeldOn(e.currentTarget.value)} />
        <NumberInput label="Volunteer hours" description="All volunteers together" min={0} max={200} step={0.5} value={hours} onChange={(v) => setHours(String(v ?? ''))} />
      </SimpleGrid>
      <Textarea label="Who came" description="A first name or a code the person chose, one a line. Never an NHS number." autosize minRows={3} value={people} onChange={(e) => setPeople(e.currentTarget.value)} />
      <Group><Button type="submit" loading={record.isPending}>Save attendance{attendees.length ? ` (${attendees.length})` : ''}</Button></Group>
    </Stack>
  );
}

function OfferActivity({ offer }: { offer: Offer }) {
  const summary = useOfferSummary(offer.id);
  const sessions = useSessions(offer.id);
  const s = summary.data;
  return (
    <Paper withBorder p="md" data-testid="my-offer">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Anchor component={Link} to={`/directory/offers/${offer.id}`} fw={700} size="lg">{offer.name}</Anchor>
            <Text size="sm">{offer.times}{offer.placesAvailable !== null ? ` · ${offer.placesAvailable} places left` : ''}</Text>
          </div>
          <Button variant="light" component={Link} to={`/directory/offers/${offer.id}/edit`}>Change details</Button>
        </Group>
        {s && (
          <Text size="sm">
            {s.sessions} sessions recorded · {s.attendances} attendances · {s.volunteerHours} volunteer hours
            · {s.referred === null ? 'referrals: not reported yet' : `${s.referredThisMonth} referred this month (${s.referred} all told)`}
          </Text>
        )}
        <AttendanceForm offer={offer} />
        {sessions.data && sessions.data.items.length > 0 && (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Day</Table.Th><Table.Th>People</Table.Th><Table.Th>Hours</Table.Th><Table.Th>Who came</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {sessions.data.items.map((x) => (
                <Table.Tr key={x.id}><Table.Td>{x.heldOn}</Table.Td><Table.Td>{x.attendance}</Table.Td><Table.Td>{x.volunteerHours}</Table.Td><Table.Td>{x.attendees.join(', ')}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

/** A health champion's or partner's own groups: keep them up to date and record who came. */
export function MyOffersPage() {
  const offers = useOfferSearch({ limit: 50, includeInactive: true });
  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={1}>My groups</Title>
        <Button component={Link} to="/directory/offers/new" variant="light">Add a group</Button>
      </Group>
      {offers.isLoading && <Loader aria-label="Loading your groups" />}
      {offers.error && <ProblemAlert error={offers.error} />}
      {offers.data?.items.length === 0 && <Text>You do not run any groups in the directory yet. Ask your PCN manager or link worker to add you to your group.</Text>}
      {offers.data?.items.map((o) => <OfferActivity key={o.id} offer={o} />)}
    </Stack>
  );
}
