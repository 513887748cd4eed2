import { Badge, Drawer, Group, Loader, NumberInput, Select, Stack, Table, Tabs, Text, Title, UnstyledButton } from '@mantine/core';
import { type AddressChanges, useAddressState } from '../../app/address-state.ts';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { useNetwork, useRoleLabel } from '../network/queries.ts';
import type { ConsultationType, QueueFilters, QueueItem, Urgency } from './api.ts';
import { CallerRequestForm } from './CallerRequestForm.tsx';
import { MetricsPanel } from './MetricsPanel.tsx';
import { ADMIN_KIND_WORDS, ASSIGNABLE_ROLES, STATUS_WORDS, slaClock, TYPE_WORDS, URGENCY_COLOURS, URGENCY_WORDS } from './labels.ts';
import { useQueue } from './queries.ts';
import { RequestDetail } from './RequestDetail.tsx';

/**
 * Online consultations: the one network-wide triage queue for clinicians (emergencies and overdue
 * first, an SLA clock on each), and the "take a request for a caller" form for reception. Filters
 * and the open request live in the address, so a view can be bookmarked or shared.
 */
export function ConsultationsPage() {
  const triages = useCan('consultations:triage');
  // Reception and admin staff work the admin requests of their practice in the same queue (the server narrows it).
  const worksAdmin = useCan('consultations:admin');
  const seesQueue = triages || worksAdmin;
  const [params, set] = useAddressState();
  const tab = seesQueue ? (params.get('tab') ?? 'queue') : 'caller';
  const openId = params.get('open');
  return (
    <Stack>
      <Title order={1}>Online consultations</Title>
      <Tabs value={tab} onChange={(v) => set({ tab: v ?? undefined })} keepMounted={false}>
        <Tabs.List>
          {seesQueue && <Tabs.Tab value="queue">{triages ? 'Triage queue' : 'Admin requests'}</Tabs.Tab>}
          <Tabs.Tab value="caller">Take a request for a caller</Tabs.Tab>
          {triages && <Tabs.Tab value="metrics">Metrics</Tabs.Tab>}
        </Tabs.List>
        {seesQueue && <Tabs.Panel value="queue" pt="md"><Queue params={params} set={set} /></Tabs.Panel>}
        <Tabs.Panel value="caller" pt="md"><CallerRequestForm /></Tabs.Panel>
        {triages && <Tabs.Panel value="metrics" pt="md"><MetricsPanel /></Tabs.Panel>}
      </Tabs>
      <Drawer opened={!!openId} onClose={() => set({ open: undefined })} position="right" size="xl" title={<Text fw={700}>Request</Text>}>
        {openId && <RequestDetail id={openId} onClose={() => set({ open: undefined })} />}
      </Drawer>
    </Stack>
  );
}

function Queue({ params, set }: { params: URLSearchParams; set: (c: AddressChanges) => void }) {
  const network = useNetwork();
  const roleLabel = useRoleLabel();
  const filters: QueueFilters = {
    practiceId: params.get('practiceId') ?? undefined,
    urgency: (params.get('urgency') as Urgency | null) ?? undefined,
    type: (params.get('type') as ConsultationType | null) ?? undefined,
    role: params.get('role') ?? undefined,
    status: (params.get('status') as QueueFilters['status']) ?? undefined,
    olderThanHours: params.get('olderThanHours') ? Number(params.get('olderThanHours')) : undefined,
  };
  const queue = useQueue(filters);
  const practices = (network.data?.organisations ?? []).filter((o) => o.kind === 'practice');
  const items = queue.data?.items ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select label="Practice" placeholder="All practices" clearable data={practices.map((p) => ({ value: p.id, label: p.name }))} value={filters.practiceId ?? null} onChange={(v) => set({ practiceId: v ?? undefined })} />
        <Select label="Urgency" placeholder="Any" clearable data={Object.entries(URGENCY_WORDS).map(([value, label]) => ({ value, label }))} value={filters.urgency ?? null} onChange={(v) => set({ urgency: v ?? undefined })} w={170} />
        <Select label="Type" placeholder="Any" clearable data={Object.entries(TYPE_WORDS).map(([value, label]) => ({ value, label }))} value={filters.type ?? null} onChange={(v) => set({ type: v ?? undefined })} w={130} />
        <Select label="For" placeholder="Any role" clearable data={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: r === 'admin' ? 'Admin team' : roleLabel(r) }))} value={filters.role ?? null} onChange={(v) => set({ role: v ?? undefined })} />
        <Select label="Status" data={[{ value: 'open', label: 'Open' }, ...Object.entries(STATUS_WORDS).map(([value, label]) => ({ value, label }))]} value={filters.status ?? 'open'} onChange={(v) => set({ status: v && v !== 'open' ? v : undefined })} w={190} />
        <NumberInput label="Waiting more than (hours)" min={0} max={2160} value={filters.olderThanHours ?? ''} onChange={(v) => set({ olderThanHours: v === '' ? undefined : String(v) })} w={190} />
      </Group>
      <ProblemAlert error={queue.error} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {queue.isPending ? 'Loading…' : `${items.length}${queue.data?.nextCursor ? '+' : ''} requests${overdue ? `, ${overdue} overdue` : ''}`}
      </Text>
      {queue.isPending ? <Loader aria-label="Loading the queue" /> : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Urgency</Table.Th><Table.Th>Due</Table.Th><Table.Th>Patient</Table.Th><Table.Th>Request</Table.Th>
              <Table.Th>For</Table.Th><Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => <QueueRow key={i.id} item={i} open={() => set({ open: i.id })} roleLabel={roleLabel} />)}
            {items.length === 0 && <Table.Tr><Table.Td colSpan={6}><Text c="dimmed">Nothing waiting with these filters.</Text></Table.Td></Table.Tr>}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function QueueRow({ item: i, open, roleLabel }: { item: QueueItem; open: () => void; roleLabel: (r: string) => string }) {
  const danger = i.overdue || i.urgency === 'emergency';
  return (
    <Table.Tr style={danger ? { backgroundColor: 'var(--mantine-color-red-0)' } : undefined}>
      <Table.Td><Badge color={URGENCY_COLOURS[i.urgency]}>{URGENCY_WORDS[i.urgency]}</Badge></Table.Td>
      <Table.Td>
        <Text size="sm" c={i.overdue ? 'red.8' : undefined} fw={i.overdue ? 700 : undefined}>{slaClock(i.minutesLeft, i.status)}</Text>
        <Text size="xs" c="dimmed">{formatDay(i.dueAt)} {formatTime(i.dueAt)}</Text>
      </Table.Td>
      <Table.Td>
        <UnstyledButton onClick={open} aria-label={`Open request ${i.reference} for ${i.patient.name}`}>
          <Text size="sm" fw={600} td="underline">{i.patient.name}</Text>
        </UnstyledButton>
        <Text size="xs" c="dimmed">{i.patient.age} · {i.patient.practiceName} · {i.reference}</Text>
      </Table.Td>
      <Table.Td maw={380}>
        <Text size="xs" c="dimmed">{TYPE_WORDS[i.type]}{i.adminKind ? `: ${ADMIN_KIND_WORDS[i.adminKind] ?? i.adminKind}` : ''}</Text>
        {/* The patient's own words: React escapes text, so nothing they typed is ever rendered as HTML. */}
        <Text size="sm" lineClamp={2}>{i.summary}</Text>
        {i.redFlags.length > 0 && <Group gap={4} mt={4}>{i.redFlags.map((f) => <Badge key={f} size="xs" color="red" variant="light">{f}</Badge>)}</Group>}
        {(i.phq9Score !== null || i.gad7Score !== null) && <Text size="xs">PHQ-9 {i.phq9Score ?? '–'} · GAD-7 {i.gad7Score ?? '–'}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{i.assignedRole === 'admin' ? 'Admin team' : roleLabel(i.assignedRole)}</Text><Text size="xs" c="dimmed">{i.assignedPracticeName}</Text></Table.Td>
      <Table.Td>
        <Text size="sm">{STATUS_WORDS[i.status]}</Text>
        {i.claimedBy && <Text size="xs" c="dimmed">with {i.claimedBy.name}</Text>}
      </Table.Td>
    </Table.Tr>
  );
}
