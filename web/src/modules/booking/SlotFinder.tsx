import { useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { formatDay, formatTime, londonMidnight, londonToday } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Patient } from '../patients/api.ts';
import { useNetwork, useRoleLabel } from '../network/queries.ts';
import { MODES, type Appointment, type Mode, type Slot, type SlotSearch } from './api.ts';
import { BookDialog } from './BookDialog.tsx';
import { accessWords, BOOKABLE_ROLES, ChannelBadge, MODE_WORDS, ModeLabel } from './labels.tsx';
import { useSlots } from './queries.ts';

interface Props {
  patient: Patient;
  rebooking?: Appointment | null;
  onCancelRebook?: () => void;
  onBooked?: (a: Appointment) => void;
}

/**
 * The earliest suitable slots across the whole network for one patient: own practice, other
 * practices and hubs together. Click a slot, confirm, done. Only sites that meet the patient's
 * access needs are offered (the server applies it from patientId).
 */
export function SlotFinder({ patient, rebooking, onCancelRebook, onBooked }: Props) {
  const network = useNetwork();
  const roleLabel = useRoleLabel();
  const [who, setWho] = useState<string | null>(rebooking ? `role:${rebooking.role}` : null);
  const [mode, setMode] = useState<string | null>(null);
  const [where, setWhere] = useState<string | null>(null);
  const [fromDate, setFromDate] = useState(londonToday());
  const [limit, setLimit] = useState(10);
  const [chosen, setChosen] = useState<Slot | null>(null);
  // On by default. Reception can turn it off when a need is not about the building (easy read, say)
  // or the patient agrees to go elsewhere; the server applies the needs whenever it gets patientId.
  const [meetNeeds, setMeetNeeds] = useState(true);

  const query = useMemo<SlotSearch>(() => {
    const q: SlotSearch = { limit };
    if (meetNeeds || patient.accessibilityNeeds.length === 0) q.patientId = patient.id;
    if (who?.startsWith('role:')) q.role = who.slice(5);
    if (who?.startsWith('service:')) q.serviceId = who.slice(8);
    if (mode) q.mode = mode as Mode;
    if (where?.startsWith('org:')) q.organisationId = where.slice(4);
    if (where?.startsWith('site:')) q.siteId = where.slice(5);
    // "from today" means from now; the server's default. A later day starts at its London midnight.
    if (/^\d{4}-\d{2}-\d{2}$/.test(fromDate) && fromDate > londonToday()) q.from = londonMidnight(fromDate);
    return q;
  }, [patient.id, patient.accessibilityNeeds.length, meetNeeds, who, mode, where, fromDate, limit]);
  const slots = useSlots(query);

  const whoOptions = useMemo(() => {
    const n = network.data;
    if (!n) return [];
    const roles = [...new Set(n.services.map((s) => s.role))].filter((r) => BOOKABLE_ROLES.includes(r));
    return [
      { group: 'Any clinician in this role', items: roles.map((r) => ({ value: `role:${r}`, label: roleLabel(r) })) },
      { group: 'A service', items: n.services.map((s) => ({ value: `service:${s.id}`, label: s.name })) },
    ];
  }, [network.data, roleLabel]);
  const whereOptions = useMemo(() => {
    const n = network.data;
    if (!n) return [];
    const bookable = n.organisations.filter((o) => o.kind === 'practice' || o.kind === 'hub' || o.kind === 'pcn');
    return [
      { group: 'Practices and hubs', items: bookable.map((o) => ({ value: `org:${o.id}`, label: o.name })) },
      { group: 'Sites', items: n.sites.map((s) => ({ value: `site:${s.id}`, label: s.name + (s.postcode ? `, ${s.postcode}` : '') })) },
    ];
  }, [network.data]);

  const items = slots.data?.items ?? [];
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">{rebooking ? 'Choose a new time' : 'Book an appointment'}</Title>
      {rebooking && (
        <Alert color="nhs" variant="light" title={`Moving the appointment of ${formatDay(rebooking.startAt)} at ${formatTime(rebooking.startAt)}`}>
          <Group justify="space-between">
            <Text size="sm">Pick the new slot below. The old appointment is cancelled only when the new one is booked.</Text>
            <Button size="xs" variant="default" onClick={onCancelRebook}>Keep the old time</Button>
          </Group>
        </Alert>
      )}
      <Paper withBorder p="sm" component="section" aria-label="Filters">
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
          <Select label="Who" placeholder="Anyone" data={whoOptions} value={who} onChange={setWho} clearable searchable nothingFoundMessage="No match" />
          <Select label="How" placeholder="Any way" data={MODES.map((m) => ({ value: m, label: MODE_WORDS[m] }))} value={mode} onChange={setMode} clearable />
          <Select label="Where" placeholder="Anywhere in the network" data={whereOptions} value={where} onChange={setWhere} clearable searchable nothingFoundMessage="No match" />
          <TextInput label="From" type="date" value={fromDate} min={londonToday()} onChange={(e) => setFromDate(e.currentTarget.value)} />
        </SimpleGrid>
        {patient.accessibilityNeeds.length > 0 && (
          <Switch mt="sm" checked={meetNeeds} onChange={(e) => setMeetNeeds(e.currentTarget.checked)}
            label={<>Only sites meeting this patient’s access needs: <strong>{patient.accessibilityNeeds.map(accessWords).join(', ')}</strong></>} />
        )}
      </Paper>

      {slots.error && <ProblemAlert error={slots.error} />}
      {slots.isLoading && <Loader aria-label="Finding slots" />}
      {slots.isSuccess && items.length === 0 && <Text>No free slots match. Try another role, any way of seeing the patient, or anywhere in the network.</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover verticalSpacing="xs" aria-label="Earliest free slots" aria-busy={slots.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Where</Table.Th>
                <Table.Th>How</Table.Th>
                <Table.Th>Shared as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} className="slot-row" onClick={() => setChosen(s)} data-testid="slot-row">
                  <Table.Td>
                    <UnstyledButton onClick={(e) => { e.stopPropagation(); setChosen(s); }} aria-label={`Book ${formatDay(s.startAt)} at ${formatTime(s.startAt)} with ${s.practitioner.name} at ${s.site.name}`}>
                      <Text fw={700} c="nhs.7" td="underline">{formatTime(s.startAt)}</Text>
                      <Text size="sm">{formatDay(s.startAt)} · {s.durationMinutes} min</Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>{s.practitioner.name}</Text>
                    <Text size="sm">{roleLabel(s.role)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>{s.site.name}</Text>
                    <Text size="sm">{s.organisation.name}</Text>
                  </Table.Td>
                  <Table.Td><ModeLabel mode={s.mode} /></Table.Td>
                  <Table.Td><ChannelBadge channel={s.channel} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {slots.data?.nextCursor && limit < 50 && (
        <Button variant="subtle" onClick={() => setLimit((l) => Math.min(50, l + 15))} loading={slots.isFetching}>Show later slots</Button>
      )}
      {chosen && (
        <BookDialog
          slot={chosen}
          patient={patient}
          rebooking={rebooking}
          roleLabel={roleLabel}
          onClose={() => setChosen(null)}
          onBooked={(a) => {
            setChosen(null);
            onBooked?.(a);
          }}
        />
      )}
    </Stack>
  );
}
