import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Network } from '../network/api.ts';
import { createService, updateNetwork } from './api.ts';
import { useAdminMutation } from './queries.ts';
import { SafeguardingLeadPanel } from '../social-prescribing/SafeguardingLeadPanel.tsx';

// GPAD national categories (src/modules/booking/gpad.ts), the ones a new service most often needs first.
const CATEGORIES = [
  'General Consultation Routine', 'General Consultation Acute', 'Clinical Triage', 'Unplanned Clinical Activity', 'Walk-in', 'Planned Clinics',
  'Planned Clinical Procedure', 'Home Visit', 'Care Home Visit', 'Structured Medication Review', 'Social Prescribing Service',
  'Group Consultation and Group Education', 'Service provided by organisation external to the practice',
];

/** The network's name, its data-sharing agreement, and the services slots are for. */
export function SettingsPanel({ network }: { network: Network }) {
  const [name, setName] = useState(network.name);
  const [adding, setAdding] = useState(false);
  const save = useAdminMutation(updateNetwork);
  return (
    <Stack maw={900}>
      {save.error && <ProblemAlert error={save.error} />}
      <form onSubmit={(e) => { e.preventDefault(); save.mutate({ name }, { onSuccess: () => notifications.show({ color: 'green', message: 'Name saved.' }) }); }}>
        <Group align="end">
          <TextInput label="Network name" value={name} onChange={(e) => setName(e.currentTarget.value)} w={360} />
          <Button type="submit" variant="light" loading={save.isPending}>Save name</Button>
        </Group>
      </form>
      <Switch checked={network.dataSharingAcrossPractices} label="The practices have a data-sharing agreement: staff of any practice may see any patient of the network"
        onChange={(e) => save.mutate({ dataSharingAcrossPractices: e.currentTarget.checked })} />
      <Text size="sm" c="dimmed">Without it, staff see patients of their own practice, and others only through an appointment, request or referral with them.</Text>
      <SafeguardingLeadPanel />
      <Group justify="space-between" mt="md"><Title order={3} size="h4">Services</Title><Button variant="light" onClick={() => setAdding(true)}>Add a service</Button></Group>
      <Table striped withTableBorder>
        <Table.Thead><Table.Tr><Table.Th>Service</Table.Th><Table.Th>Code</Table.Th><Table.Th>Role</Table.Th><Table.Th>National category</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {network.services.map((s) => (
            <Table.Tr key={s.id}><Table.Td>{s.name}</Table.Td><Table.Td>{s.code}</Table.Td><Table.Td>{network.roles.find((r) => r.id === s.role)?.label ?? s.role}</Table.Td><Table.Td>{s.nationalCategory}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {adding && <ServiceForm network={network} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function ServiceForm({ network, onClose }: { network: Network; onClose: () => void }) {
  const [v, setV] = useState({ name: '', code: '', role: 'gp', nationalCategory: CATEGORIES[0] });
  const save = useAdminMutation(() => createService(v));
  return (
    <Modal opened onClose={onClose} title="Add a service" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(undefined, { onSuccess: onClose }); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} />}
          <TextInput label="Name" required value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} />
          <TextInput label="Code" description="Lower-case letters, digits and dashes, e.g. gp-routine" required value={v.code} onChange={(e) => setV({ ...v, code: e.currentTarget.value })} />
          <Select label="Delivered by" required allowDeselect={false} value={v.role} onChange={(r) => setV({ ...v, role: r ?? 'gp' })} data={network.roles.map((r) => ({ value: r.id, label: r.label }))} searchable />
          <Select label="National category" required allowDeselect={false} value={v.nationalCategory} onChange={(c) => setV({ ...v, nationalCategory: c ?? CATEGORIES[0] })} data={CATEGORIES} />
          <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Add service</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
