import { useState } from 'react';
import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Network, Staff } from '../network/api.ts';
import { CHANNELS, createTemplate, MODES, updateTemplate, type Channel, type Mode, type RotaTemplate, type RotaTemplateInput } from './api.ts';
import { CHANNEL_WORDS, MODE_WORDS } from './labels.tsx';
import { useBookingMutation } from './queries.ts';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Props {
  network: Network;
  staff: Staff[];
  organisationId: string;
  /** Null: a new session; otherwise the session to change. */
  template: RotaTemplate | null;
  presetStaffId?: string;
  /** PCN managers add sessions for any organisation of the network. */
  chooseOrganisation?: boolean;
  onClose: () => void;
}

/** Add or change one weekly session: who, when, how long each slot is, and who may book it. */
export function RotaTemplateForm({ network, staff, organisationId: activeOrganisationId, template, presetStaffId, chooseOrganisation, onClose }: Props) {
  const t = template;
  const [staffId, setStaffId] = useState<string | null>(t?.staffId ?? presetStaffId ?? null);
  const [organisationId, setOrganisationId] = useState<string>(t?.organisationId ?? activeOrganisationId);
  const [v, setV] = useState<RotaTemplateInput>({
    name: t?.name ?? '', siteId: t?.siteId ?? '', serviceId: t?.serviceId ?? '', weekday: t?.weekday ?? 1,
    startTime: t?.startTime.slice(0, 5) ?? '08:30', endTime: t?.endTime.slice(0, 5) ?? '12:00', slotMinutes: t?.slotMinutes ?? 10,
    mode: t?.mode ?? 'face-to-face', channels: t?.channels ?? ['own-practice', 'network'], networkShare: t?.networkShare ?? 0, embargoHours: t?.embargoHours ?? null,
  });
  const change = <K extends keyof RotaTemplateInput>(k: K, value: RotaTemplateInput[K]) => setV((o) => ({ ...o, [k]: value }));
  const save = useBookingMutation(() => (t ? updateTemplate(t.id, v) : createTemplate({ ...v, staffId: staffId ?? '', organisationId })));
  const org = network.organisations.find((o) => o.id === organisationId);
  const sites = network.sites.filter((s) => org?.kind === 'pcn' || s.organisationId === organisationId);
  const staffHere = chooseOrganisation ? staff.filter((s) => s.roles.some((r) => r.organisationId === organisationId)) : staff;

  return (
    <Modal opened onClose={onClose} title={t ? `Change “${t.name}”` : 'Add a weekly session'} size="xl" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(undefined, {
            onSuccess: (r) => {
              notifications.show({ color: 'green', title: t ? 'Session changed' : 'Session added', message: `${r.name}: ${WEEKDAYS[r.weekday - 1]} ${r.startTime.slice(0, 5)}–${r.endTime.slice(0, 5)}. Generate slots to open it for booking.` });
              onClose();
            },
          });
        }}
      >
        <Stack>
          {save.error && <ProblemAlert error={save.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {chooseOrganisation && (
              <Select label="Organisation" required disabled={!!t} data={network.organisations.filter((o) => o.kind !== 'nhs111').map((o) => ({ value: o.id, label: o.name }))}
                value={organisationId} onChange={(o) => { if (o) { setOrganisationId(o); setStaffId(null); change('siteId', ''); } }} searchable allowDeselect={false} />
            )}
            <Select label="Staff member" required disabled={!!t} data={staffHere.map((s) => ({ value: s.id, label: s.displayName }))} value={staffId} onChange={setStaffId} searchable
              description={t ? 'To move a session to someone else, deactivate it and add a new one' : undefined} />
            <TextInput label="Session name" required maxLength={100} placeholder="Monday morning surgery" value={v.name} onChange={(e) => change('name', e.currentTarget.value)} />
            <Select label="Day of the week" required data={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))} value={String(v.weekday)} onChange={(d) => d && change('weekday', Number(d))} allowDeselect={false} />
            <Group grow>
              <TextInput label="Start time" type="time" required value={v.startTime} onChange={(e) => change('startTime', e.currentTarget.value)} />
              <TextInput label="End time" type="time" required value={v.endTime} onChange={(e) => change('endTime', e.currentTarget.value)} />
            </Group>
            <NumberInput label="Slot length (minutes)" required min={5} max={240} step={5} value={v.slotMinutes} onChange={(n) => change('slotMinutes', Number(n) || 0)} />
            <Select label="Service" required data={network.services.map((s) => ({ value: s.id, label: s.name }))} value={v.serviceId || null} onChange={(s) => change('serviceId', s ?? '')} searchable />
            <Select label="How patients are seen" required data={MODES.map((m) => ({ value: m, label: MODE_WORDS[m] }))} value={v.mode} onChange={(m) => m && change('mode', m as Mode)} allowDeselect={false} />
            <Select label="Site" required data={sites.map((s) => ({ value: s.id, label: s.name }))} value={v.siteId || null} onChange={(s) => change('siteId', s ?? '')} />
          </SimpleGrid>
          <Checkbox.Group label="Who can book these slots" description="Own practice is your reception; the others share this capacity beyond your practice" value={v.channels} onChange={(c) => change('channels', c as Channel[])} required>
            <Group mt="xs">
              {CHANNELS.map((c) => <Checkbox key={c} value={c} label={CHANNEL_WORDS[c]} />)}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label="Network share (%)" description="Part of each session also released to the whole network" min={0} max={100} value={v.networkShare} onChange={(n) => change('networkShare', Number(n) || 0)} />
            <NumberInput label="Embargo (hours)" description="Slots open for booking this many hours before they start. Leave empty to open at once." min={0} max={8760}
              value={v.embargoHours ?? ''} onChange={(n) => change('embargoHours', n === '' ? null : Number(n))} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>{t ? 'Save changes' : 'Add session'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
