import { useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { useRoleLabel } from '../network/queries.ts';
import { formatNhsNumber } from '../patients/api.ts';
import { BOOKABLE_ROLES } from './labels.tsx';
import { useWaitlist, useWaitlistChange } from './queries.ts';
import { removeFromWaitlist, type WaitlistEntry } from './waitlist-api.ts';
import { AddToWaitlist } from './AddToWaitlist.tsx';

const PRIORITY = { urgent: { label: 'Urgent', color: 'red' }, soon: { label: 'Soon', color: 'orange' }, routine: { label: 'Routine', color: 'gray' } } as Record<string, { label: string; color: string }>;
const OFFER_WORDS: Record<string, string> = { open: 'waiting for their answer', accepted: 'accepted: booked', declined: 'said no', expired: 'ran out', withdrawn: 'withdrawn' };
const STATUS_WORDS: Record<string, string> = { waiting: 'Waiting', offered: 'Offer sent', booked: 'Booked', removed: 'Taken off' };
const when = (iso: string) => `${formatDay(iso)} ${formatTime(iso)}`;

/**
 * Reception's view of the waitlist: who is waiting for which role, in the order they will be offered a
 * freed slot (urgent, then soon, then routine; first come first served within each), the offers each
 * has had and what became of them; add a patient or take one off.
 */
export function WaitlistPage() {
  const [status, setStatus] = useState<'open' | 'booked' | 'removed'>('open');
  const [role, setRole] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const list = useWaitlist({ status, ...(role ? { role } : {}) });
  const roleLabel = useRoleLabel();
  const canAdd = useCan('appointments:book');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Waitlist</Title>
        {canAdd && <Button onClick={() => setAdding(true)}>Add a patient</Button>}
      </Group>
      <Text size="sm" c="dimmed">When an appointment is cancelled or a held slot is released, Commons texts (or emails) the next person here a link to take it; they have a set time to answer before it goes to the next.</Text>
      <Group>
        <SegmentedControl value={status} onChange={(v) => setStatus(v as typeof status)} aria-label="Which entries" data={[
          { value: 'open', label: 'Waiting now' }, { value: 'booked', label: 'Booked from an offer' }, { value: 'removed', label: 'Taken off' },
        ]} />
        <Select aria-label="Role" placeholder="Every role" clearable value={role} onChange={setRole} data={BOOKABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} w={240} />
      </Group>
      {list.isLoading && <Loader aria-label="Loading the waitlist" />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <Text c="dimmed">Nobody here.</Text>}
      {list.data && list.data.length > 0 && <WaitlistTable entries={list.data} open={status === 'open'} />}
      {adding && <AddToWaitlist onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function WaitlistTable({ entries, open }: { entries: WaitlistEntry[]; open: boolean }) {
  const roleLabel = useRoleLabel();
  const canRemove = useCan('appointments:manage');
  const remove = useWaitlistChange((id: string) => removeFromWaitlist(id));
  return (
    <Paper withBorder>
      <ProblemAlert error={remove.error} />
      <Table striped data-testid="waitlist">
        <Table.Thead>
          <Table.Tr><Table.Th>#</Table.Th><Table.Th>Patient</Table.Th><Table.Th>Waiting for</Table.Th><Table.Th>Priority</Table.Th><Table.Th>Since</Table.Th><Table.Th>Offers made</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e, i) => (
            <Table.Tr key={e.id}>
              <Table.Td>{open ? i + 1 : ''}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/patients/${e.patientId}`} fw={600}>{e.patientName}</Anchor>
                <Text size="xs" c="dimmed">{formatNhsNumber(e.nhsNumber)} · {e.practiceName}</Text>
                {e.note && <Text size="xs">{e.note}</Text>}
              </Table.Td>
              <Table.Td>{roleLabel(e.role)}</Table.Td>
              <Table.Td><Badge color={PRIORITY[e.priority]?.color ?? 'gray'} variant="light">{PRIORITY[e.priority]?.label ?? e.priority}</Badge></Table.Td>
              <Table.Td><Text size="sm">{formatDay(e.createdAt)}</Text><Text size="xs" c="dimmed">{STATUS_WORDS[e.status] ?? e.status}</Text></Table.Td>
              <Table.Td>
                {e.offers.length === 0 ? <Text size="sm" c="dimmed">None yet</Text> : e.offers.map((o) => (
                  <Text key={o.id} size="xs">
                    {when(o.startAt)}: offered {when(o.offeredAt)}, <b>{OFFER_WORDS[o.status] ?? o.status}</b>{o.status === 'open' && ` (until ${formatTime(o.expiresAt)})`}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                {open && canRemove && (
                  <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === e.id}
                    onClick={() => { if (window.confirm(`Take ${e.patientName} off the waitlist?${e.status === 'offered' ? ' The offer they hold is withdrawn.' : ''}`)) remove.mutate(e.id, { onSuccess: () => notifications.show({ message: `${e.patientName} is off the waitlist.` }) }); }}>
                    Take off
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
