import { useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Modal, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { useRoleLabel } from '../network/queries.ts';
import { formatNhsNumber, type Patient } from '../patients/api.ts';
import { usePatientSearch } from '../patients/queries.ts';
import { BOOKABLE_ROLES } from './labels.tsx';
import { useWaitlist, useWaitlistChange } from './queries.ts';
import { addToWaitlist, removeFromWaitlist, type WaitlistEntry } from './waitlist-api.ts';

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

/** Find the patient, then the role, priority and a note. */
export function AddToWaitlist({ onClose, patient: given }: { onClose: () => void; patient?: { id: string; name: string } }) {
  const [q, setQ] = useState('');
  const [patient, setPatient] = useState<{ id: string; name: string } | null>(given ?? null);
  const [role, setRole] = useState<string | null>('gp');
  const [priority, setPriority] = useState<string>('routine');
  const [note, setNote] = useState('');
  const search = usePatientSearch(patient ? '' : q);
  const roleLabel = useRoleLabel();
  const add = useWaitlistChange(() => addToWaitlist({ patientId: patient!.id, role: role ?? '', priority: priority as 'routine', ...(note.trim() ? { note: note.trim() } : {}) }));
  return (
    <Modal opened onClose={onClose} title="Add a patient to the waitlist" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); add.mutate(undefined, { onSuccess: (x) => { notifications.show({ color: 'green', message: `${x.patientName} is on the waitlist for ${roleLabel(x.role)}.` }); onClose(); } }); }}>
        <Stack>
          {patient ? (
            <Group gap="xs"><Text size="sm">Patient: <b>{patient.name}</b></Text>{!given && <Button size="compact-xs" variant="subtle" onClick={() => setPatient(null)}>Change</Button>}</Group>
          ) : (
            <>
              <TextInput label="Find the patient" description="Name, NHS number, date of birth or postcode" value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
              <ProblemAlert error={search.error} />
              {(search.data ?? []).slice(0, 6).map((p: Patient) => (
                <UnstyledButton key={p.id} onClick={() => setPatient({ id: p.id, name: `${p.givenName} ${p.familyName}` })} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
                  <Text size="sm"><b>{p.familyName.toUpperCase()}, {p.givenName}</b> · {p.dateOfBirth} · {formatNhsNumber(p.nhsNumber)} · {p.practiceName}</Text>
                </UnstyledButton>
              ))}
            </>
          )}
          <Select label="Waiting to see" required allowDeselect={false} value={role} onChange={setRole} data={BOOKABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
          <SegmentedControl value={priority} onChange={setPriority} aria-label="Clinical priority" data={[{ value: 'urgent', label: 'Urgent' }, { value: 'soon', label: 'Soon' }, { value: 'routine', label: 'Routine' }]} />
          <TextInput label="Note for reception (optional)" description="e.g. mornings only" maxLength={500} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <ProblemAlert error={add.error} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>Cancel</Button><Button type="submit" disabled={!patient || !role} loading={add.isPending}>Add to the waitlist</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
