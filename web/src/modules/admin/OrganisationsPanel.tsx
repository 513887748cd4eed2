import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Network } from '../network/api.ts';
import { createOrganisation, createSite, type OpeningHours } from './api.ts';
import { ACCESSIBILITY_WORDS, DAYS, ORGANISATION_KIND_WORDS } from './labels.ts';
import { useAdminMutation } from './queries.ts';

/** Practices, hubs, the PCN, NHS 111 and partners, each with its sites. */
export function OrganisationsPanel({ network, canAddOrganisations, mayChange }: { network: Network; canAddOrganisations: boolean; mayChange: (organisationId: string) => boolean }) {
  const [adding, setAdding] = useState<'organisation' | 'site' | null>(null);
  return (
    <Stack>
      <Group>
        {canAddOrganisations && <Button onClick={() => setAdding('organisation')}>Add an organisation</Button>}
        <Button variant="light" onClick={() => setAdding('site')}>Add a site</Button>
      </Group>
      <Table striped withTableBorder>
        <Table.Thead><Table.Tr><Table.Th>Organisation</Table.Th><Table.Th>Kind</Table.Th><Table.Th>ODS code</Table.Th><Table.Th>Sites</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {network.organisations.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.name}</Table.Td>
              <Table.Td><Badge variant="light">{ORGANISATION_KIND_WORDS[o.kind] ?? o.kind}</Badge></Table.Td>
              <Table.Td>{o.odsCode ?? '—'}</Table.Td>
              <Table.Td>{network.sites.filter((s) => s.organisationId === o.id).map((s) => s.name).join(', ') || <Text span c="dimmed">none yet</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {adding === 'organisation' && <OrganisationForm onClose={() => setAdding(null)} />}
      {adding === 'site' && <SiteForm network={network} mayChange={mayChange} onClose={() => setAdding(null)} />}
    </Stack>
  );
}

function OrganisationForm({ onClose }: { onClose: () => void }) {
  const [v, setV] = useState({ kind: 'practice', name: '', odsCode: '', address: '', postcode: '', phone: '' });
  const save = useAdminMutation(() => createOrganisation({
    kind: v.kind, name: v.name, odsCode: v.odsCode.trim() || null, address: v.address || null, postcode: v.postcode || null, phone: v.phone || null,
  }));
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [k]: e.currentTarget.value });
  return (
    <Modal opened onClose={onClose} title="Add an organisation" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(undefined, { onSuccess: (o) => { notifications.show({ color: 'green', message: `${o.name} added.` }); onClose(); } }); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} />}
          <Select label="Kind" required allowDeselect={false} value={v.kind} onChange={(k) => setV({ ...v, kind: k ?? 'practice' })}
            data={Object.entries(ORGANISATION_KIND_WORDS).filter(([k]) => k !== 'pcn').map(([value, label]) => ({ value, label }))} />
          <TextInput label="Name" required value={v.name} onChange={set('name')} />
          <TextInput label="ODS code" required={v.kind === 'practice'} value={v.odsCode} onChange={(e) => setV({ ...v, odsCode: e.currentTarget.value.toUpperCase() })}
            description={v.kind === 'practice' ? 'A letter and five digits, e.g. A81001' : 'If it has one'} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Address" value={v.address} onChange={set('address')} />
            <TextInput label="Postcode" value={v.postcode} onChange={set('postcode')} />
            <TextInput label="Phone" value={v.phone} onChange={set('phone')} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Add organisation</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "08:00-12:30, 13:30-18:30" → [["08:00","12:30"],["13:30","18:30"]]; anything else is left for the server to name. */
function parsePeriods(text: string): [string, string][] {
  return text.split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
    const [a, b] = p.split(/\s*[-–]\s*/);
    return [a ?? '', b ?? ''];
  });
}

function SiteForm({ network, mayChange, onClose }: { network: Network; mayChange: (organisationId: string) => boolean; onClose: () => void }) {
  const choices = network.organisations.filter((o) => mayChange(o.id));
  const [organisationId, setOrganisationId] = useState<string | null>(choices.length === 1 ? choices[0].id : null);
  const [name, setName] = useState('');
  const [postcode, setPostcode] = useState('');
  const [hours, setHours] = useState<Record<string, string>>({});
  const [access, setAccess] = useState<string[]>([]);
  const save = useAdminMutation(() => {
    const openingHours: OpeningHours = {};
    for (const [day] of DAYS) if (hours[day]?.trim()) openingHours[day] = parsePeriods(hours[day]);
    return createSite({ organisationId: organisationId ?? '', name, postcode: postcode || null, openingHours, accessibility: access });
  });
  return (
    <Modal opened onClose={onClose} title="Add a site" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(undefined, { onSuccess: (s) => { notifications.show({ color: 'green', message: `${s.name} added.` }); onClose(); } }); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} />}
          <Select label="Organisation" required value={organisationId} onChange={setOrganisationId} data={choices.map((o) => ({ value: o.id, label: o.name }))} searchable />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Site name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <TextInput label="Postcode" value={postcode} onChange={(e) => setPostcode(e.currentTarget.value)} />
          </SimpleGrid>
          <Text fw={600} size="sm">Opening hours (e.g. 08:00-18:30, or 08:00-12:30, 13:30-18:30; empty when closed)</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {DAYS.map(([day, label]) => (
              <TextInput key={day} label={label} value={hours[day] ?? ''} onChange={(e) => setHours({ ...hours, [day]: e.currentTarget.value })} />
            ))}
          </SimpleGrid>
          <Checkbox.Group label="Accessibility" value={access} onChange={setAccess}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {Object.entries(ACCESSIBILITY_WORDS).map(([value, label]) => <Checkbox key={value} value={value} label={label} />)}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Add site</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
