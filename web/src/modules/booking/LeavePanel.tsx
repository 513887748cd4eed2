import { useState } from 'react';
import { Alert, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDay, formatTime, londonLocalToIso, londonToday } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { useNetwork, useStaff } from '../network/queries.ts';
import { createBlock, removeBlock, type CreatedBlock } from './api.ts';
import { useBlocks, useBookingMutation } from './queries.ts';

/** Leave (one person) or a closure (a whole site): free slots in the period are blocked; booked ones are listed to rebook. */
export function LeavePanel() {
  const session = useSignedIn();
  const network = useNetwork();
  const isPcn = session.organisations.find((o) => o.id === session.activeOrganisationId)?.kind === 'pcn';
  const staff = useStaff(isPcn ? undefined : session.activeOrganisationId);
  const [kind, setKind] = useState<'leave' | 'closure'>('leave');
  const [who, setWho] = useState<string | null>(null);
  const [from, setFrom] = useState(`${londonToday()}T08:00`);
  const [until, setUntil] = useState(`${londonToday()}T18:30`);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<CreatedBlock | null>(null);
  const today = londonToday();
  const blocks = useBlocks({ from: londonLocalToIso(`${today}T00:00`) });
  const add = useBookingMutation(() => createBlock({
    ...(kind === 'leave' ? { staffId: who ?? '' } : { siteId: who ?? '' }),
    startsAt: londonLocalToIso(from), endsAt: londonLocalToIso(until), reason: reason.trim(),
  }));
  const remove = useBookingMutation((id: string) => removeBlock(id));
  const staffName = (id: string | null) => staff.data?.find((s) => s.id === id)?.displayName ?? 'Staff member';
  const siteName = (id: string | null) => network.data?.sites.find((s) => s.id === id)?.name ?? 'Site';
  const sites = (network.data?.sites ?? []).filter((s) => isPcn || s.organisationId === session.activeOrganisationId);

  return (
    <Stack>
      <Paper withBorder p="md">
        <form onSubmit={(e) => {
          e.preventDefault();
          add.mutate(undefined, {
            onSuccess: (r) => {
              setResult(r);
              setReason('');
              notifications.show({ color: 'green', title: kind === 'leave' ? 'Leave added' : 'Closure added', message: `${r.slotsBlocked} free slots blocked.` });
            },
          });
        }}>
          <Stack>
            <Title order={2} size="h3">Add leave or a closure</Title>
            <SegmentedControl aria-label="Leave or closure" value={kind} onChange={(v) => { setKind(v as 'leave' | 'closure'); setWho(null); }}
              data={[{ value: 'leave', label: 'Leave for one person' }, { value: 'closure', label: 'Closure of a site' }]} w="fit-content" />
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              {kind === 'leave'
                ? <Select label="Staff member" required searchable data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))} value={who} onChange={setWho} />
                : <Select label="Site" required data={sites.map((s) => ({ value: s.id, label: s.name }))} value={who} onChange={setWho} />}
              <TextInput label="From" type="datetime-local" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
              <TextInput label="Until" type="datetime-local" required value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
              <TextInput label="Reason" required maxLength={200} placeholder="Annual leave, training, building works" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            </SimpleGrid>
            <Group><Button type="submit" loading={add.isPending}>Add {kind === 'leave' ? 'leave' : 'closure'}</Button></Group>
            {add.error && <ProblemAlert error={add.error} />}
            {result && result.bookedAppointments.length > 0 && (
              <Alert color="orange" title={`${result.bookedAppointments.length} booked appointments fall in this period`}>
                They were not changed. Rebook or cancel them from each patient’s page:
                {' '}{result.bookedAppointments.map((a) => `${formatDay(a.startAt)} ${formatTime(a.startAt)}`).join(', ')}.
              </Alert>
            )}
          </Stack>
        </form>
      </Paper>
      <Title order={2} size="h3">Leave and closures from today</Title>
      {blocks.error && <ProblemAlert error={blocks.error} />}
      {blocks.isSuccess && blocks.data.length === 0 && <Text>None recorded.</Text>}
      {(blocks.data ?? []).length > 0 && (
        <Table aria-label="Leave and closures">
          <Table.Thead><Table.Tr><Table.Th>Who or where</Table.Th><Table.Th>From</Table.Th><Table.Th>Until</Table.Th><Table.Th>Reason</Table.Th><Table.Th><span className="visually-hidden">Actions</span></Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {blocks.data!.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.staffId ? staffName(b.staffId) : `${siteName(b.siteId)} (closed)`}</Table.Td>
                <Table.Td>{formatDay(b.startsAt)} {formatTime(b.startsAt)}</Table.Td>
                <Table.Td>{formatDay(b.endsAt)} {formatTime(b.endsAt)}</Table.Td>
                <Table.Td>{b.reason}</Table.Td>
                <Table.Td><Button size="compact-sm" variant="outline" color="red" loading={remove.isPending && remove.variables === b.id}
                  onClick={() => remove.mutate(b.id, { onSuccess: (r) => notifications.show({ color: 'green', message: `Removed; ${r.slotsFreed} slots are free again.` }) })}>Remove</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
