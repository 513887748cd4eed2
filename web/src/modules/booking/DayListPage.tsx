import { Badge, Button, Group, Loader, SegmentedControl, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Problem } from '../../api/client.ts';
import { addDays, formatLongDay, formatTime, londonToday } from '../../app/london-time.ts';
import { useAddressState } from '../../app/address-state.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { useNetwork, useRoleLabel, useStaff } from '../network/queries.ts';
import { statusActions, STATUS_COLOURS, STATUS_WORDS, type StatusAction } from './actions.ts';
import type { DayListEntry } from './api.ts';
import { BOOKABLE_ROLES, ChannelBadge, ModeLabel } from './labels.tsx';
import { useBookingMutation, useDayList } from './queries.ts';

/**
 * A site's or a clinician's day, in time order, refreshed every 30 seconds. Reception marks
 * arrivals; clinicians and reception record attended and DNA. The choice lives in the address,
 * so a day list can be bookmarked or shared.
 */
export function DayListPage() {
  const session = useSignedIn();
  const network = useNetwork();
  const staff = useStaff(session.activeOrganisationId);
  const roleLabel = useRoleLabel();
  const [params, set] = useAddressState();
  const date = params.get('date') ?? londonToday();
  const by = params.get('staffId') ? 'staff' : params.get('by') === 'staff' ? 'staff' : 'site';
  const staffId = params.get('staffId') ?? undefined;

  const ownSites = network.data?.sites.filter((s) => s.organisationId === session.activeOrganisationId) ?? [];
  // Start at the first site of the organisation you are working for. The default is worked out on every
  // render, not written into the address by an effect: an effect that wrote it raced the date a person
  // typed (and the organisation they had just switched to), and the list could quietly show another day
  // or site. Only a site the person picks goes into the address.
  const siteId = params.get('siteId') ?? (ownSites[0] ?? network.data?.sites[0])?.id;

  const list = useDayList({ date, siteId: by === 'site' ? siteId : undefined, staffId: by === 'staff' ? staffId : undefined });
  const items = list.data ?? [];
  const hideFree = params.get('free') === 'hide';
  const shown = hideFree ? items.filter((i) => i.appointment) : items;
  const booked = items.filter((i) => i.appointment && i.appointment.status !== 'cancelled').length;

  const siteOptions = (network.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }));
  // Clinicians of the organisation you are working for: the people who hold sessions.
  const clinicians = (staff.data ?? []).filter((s) => s.active && s.roles.some((r) => r.organisationId === session.activeOrganisationId && BOOKABLE_ROLES.includes(r.role)));
  const staffOptions = clinicians.map((s) => ({ value: s.id, label: s.displayName }));
  const iAmClinician = session.organisations.find((o) => o.id === session.activeOrganisationId)?.roles.some((r) => BOOKABLE_ROLES.includes(r)) ?? false;

  return (
    <Stack>
      <Title order={1}>Day list</Title>
      <Group align="flex-end" gap="sm">
        <Button variant="default" onClick={() => set({ date: addDays(date, -1) })} aria-label="Previous day">←</Button>
        <TextInput label="Date" type="date" value={date} onChange={(e) => e.currentTarget.value && set({ date: e.currentTarget.value })} />
        <Button variant="default" onClick={() => set({ date: addDays(date, 1) })} aria-label="Next day">→</Button>
        <Button variant="subtle" onClick={() => set({ date: undefined })}>Today</Button>
        <SegmentedControl
          aria-label="Show the day of"
          value={by}
          onChange={(v) => set(v === 'staff' ? { by: 'staff', siteId: undefined, staffId: iAmClinician ? session.staffId : undefined } : { by: undefined, staffId: undefined })}
          data={[{ value: 'site', label: 'A site' }, { value: 'staff', label: 'A clinician' }]}
        />
        {by === 'site' ? (
          <Select label="Site" data={siteOptions} value={siteId ?? null} onChange={(v) => set({ siteId: v ?? undefined })} searchable w={260} allowDeselect={false} />
        ) : (
          <Select label="Clinician" data={staffOptions} value={staffId ?? null} onChange={(v) => set({ staffId: v ?? undefined })} searchable w={260} allowDeselect={false}
            placeholder="Choose a clinician" nothingFoundMessage="No one at this organisation" />
        )}
        <Switch label="Hide free slots" checked={hideFree} onChange={(e) => set({ free: e.currentTarget.checked ? 'hide' : undefined })} mb={8} />
      </Group>
      <Group gap="md">
        <Text fw={700}>{formatLongDay(date)}</Text>
        <Text size="sm" c="dimmed" aria-live="polite">
          {booked} booked of {items.length} slots{list.dataUpdatedAt ? ` · updated ${new Date(list.dataUpdatedAt).toLocaleTimeString('en-GB')}` : ''}
        </Text>
        {list.isFetching && <Loader size="xs" aria-label="Refreshing" />}
      </Group>
      {by === 'staff' && !staffId && <Text>Choose a clinician to see their day.</Text>}
      {list.error && <ProblemAlert error={list.error} />}
      {list.isSuccess && items.length === 0 && <Text>No sessions on this day.</Text>}
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="xs" aria-label="Appointments in time order" data-testid="day-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>How</Table.Th>
                <Table.Th>{by === 'site' ? 'Clinician' : 'Site'}</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th><span className="visually-hidden">Actions</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((e) => <DayRow key={e.slotId} entry={e} by={by} roleLabel={roleLabel} />)}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function DayRow({ entry: e, by, roleLabel }: { entry: DayListEntry; by: string; roleLabel: (r: string) => string }) {
  const a = e.appointment;
  const now = new Date();
  const act = useBookingMutation((x: { action: StatusAction; id: string; status: NonNullable<DayListEntry['appointment']>['status'] }) => x.action.run({ id: x.id, status: x.status }));
  const where = by === 'site' ? <><Text size="sm">{e.practitioner.name}</Text><Text size="xs" c="dimmed">{roleLabel(e.role)}</Text></> : <Text size="sm">{e.site.name}</Text>;
  if (!a) {
    return (
      <Table.Tr>
        <Table.Td><Text fw={700}>{formatTime(e.startAt)}</Text></Table.Td>
        <Table.Td colSpan={2}><Text size="sm" c="dimmed">{e.slotStatus === 'blocked' ? 'Blocked (leave or closure)' : 'Free'} · {e.service.name}</Text></Table.Td>
        <Table.Td><ModeLabel mode={e.mode} /></Table.Td>
        <Table.Td>{where}</Table.Td>
        <Table.Td />
        <Table.Td />
      </Table.Tr>
    );
  }
  const actions = statusActions.filter((s) => s.canRun({ status: a.status, startAt: e.startAt }, now));
  return (
    <Table.Tr data-testid="day-list-appointment">
      <Table.Td><Text fw={700}>{formatTime(e.startAt)}</Text></Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>{a.patientLabel}</Text>
        {a.patient && <Text size="xs" c="dimmed">{a.patient.age} years · NHS {a.patient.nhsNumber}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{a.reason ?? ''}</Text></Table.Td>
      <Table.Td><Stack gap={2}><ModeLabel mode={a.mode} /><ChannelBadge channel={a.channel} /></Stack></Table.Td>
      <Table.Td>{where}</Table.Td>
      <Table.Td><Badge color={STATUS_COLOURS[a.status]} variant="light" style={{ textTransform: 'none' }}>{STATUS_WORDS[a.status]}</Badge></Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {actions.map((s) => (
            <Button key={s.id} size="compact-sm" color={s.color} variant={s.variant} aria-label={s.describe(a.patientLabel)}
              loading={act.isPending && act.variables?.action.id === s.id}
              onClick={() => act.mutate({ action: s, id: a.id, status: a.status }, {
                onSuccess: () => notifications.show({ color: 'green', message: `${a.patientLabel} ${s.done}.` }),
                onError: (err) => notifications.show({ color: 'red', title: 'Not recorded', message: err instanceof Problem ? err.detail : String(err) }),
              })}>
              {s.label}
            </Button>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
