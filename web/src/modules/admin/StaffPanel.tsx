import { useState } from 'react';
import { Badge, Button, Group, Menu, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Network } from '../network/api.ts';
import { useRoleLabel } from '../network/queries.ts';
import { deactivateStaff, grantRole, inviteStaff, issuePasswordLink, linkAddress, reactivateStaff, removeRole, unlockStaff, type StaffAccount } from './api.ts';
import { useAdminMutation, useStaffAccounts } from './queries.ts';
import { ShownOnce } from './ShownOnce.tsx';

const STATUS_COLOUR = { active: 'green', invited: 'blue', deactivated: 'gray' } as const;

/** Staff: invite, roles at each organisation, deactivate, unlock and new password links. */
export function StaffPanel({ network, mayChange }: { network: Network; mayChange: (organisationId: string) => boolean }) {
  const [q, setQ] = useState('');
  const staff = useStaffAccounts(q);
  const roleWords = useRoleLabel();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<StaffAccount | null>(null);
  const [shown, setShown] = useState<{ title: string; value: string } | null>(null);
  const orgName = (id: string) => network.organisations.find((o) => o.id === id)?.name ?? 'another organisation';
  const act = useAdminMutation(({ run }: { run: () => Promise<unknown>; done: string }) => run());
  const linkFor = useAdminMutation(issuePasswordLink);
  const run = (label: string, fn: () => Promise<unknown>) => act.mutate({ run: fn, done: label }, { onSuccess: () => notifications.show({ color: 'green', message: label }) });

  return (
    <Stack>
      <Group>
        <Button onClick={() => setInviting(true)}>Invite a staff member</Button>
        <TextInput aria-label="Search staff" placeholder="Search by name or email" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      </Group>
      {(act.error || linkFor.error || staff.error) && <ProblemAlert error={act.error ?? linkFor.error ?? staff.error} />}
      <Table striped withTableBorder>
        <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Status</Table.Th><Table.Th>Roles</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {staff.data?.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.displayName}</Table.Td>
              <Table.Td>{s.email}</Table.Td>
              <Table.Td><Group gap={4}><Badge color={STATUS_COLOUR[s.status]} variant="light">{s.status}</Badge>{s.locked && <Badge color="red" variant="light">locked</Badge>}</Group></Table.Td>
              <Table.Td>{s.roles.map((r) => `${roleWords(r.role)} at ${orgName(r.organisationId)}`).join('; ')}</Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target><Button size="xs" variant="default" aria-label={`Actions for ${s.displayName}`}>Actions</Button></Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setEditing(s)}>Roles…</Menu.Item>
                    {s.locked && <Menu.Item onClick={() => run(`${s.displayName} unlocked.`, () => unlockStaff(s.id))}>Unlock</Menu.Item>}
                    {s.status !== 'deactivated' && (
                      <Menu.Item onClick={() => linkFor.mutate(s.id, { onSuccess: (l) => setShown({ title: l.purpose === 'reset' ? `Password reset link for ${s.displayName}` : `New invitation link for ${s.displayName}`, value: linkAddress(l) }) })}>
                        {s.status === 'invited' ? 'New invitation link' : 'Reset password'}
                      </Menu.Item>
                    )}
                    {s.status === 'deactivated'
                      ? <Menu.Item onClick={() => run(`${s.displayName} reactivated.`, () => reactivateStaff(s.id))}>Reactivate</Menu.Item>
                      : <Menu.Item color="red" onClick={() => run(`${s.displayName} deactivated and signed out.`, () => deactivateStaff(s.id))}>Deactivate</Menu.Item>}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {inviting && <InviteForm network={network} mayChange={mayChange} onClose={() => setInviting(false)}
        onInvited={(name, address) => setShown({ title: `Invitation link for ${name}`, value: address })} />}
      {editing && <RolesForm network={network} mayChange={mayChange} staff={staff.data?.items.find((s) => s.id === editing.id) ?? editing} onClose={() => setEditing(null)} />}
      {shown && <ShownOnce title={shown.title} value={shown.value} explanation="Give this link to the person: it lets them choose their password, once." onClose={() => setShown(null)} />}
    </Stack>
  );
}

function RolePicker({ network, mayChange, value, onChange }: { network: Network; mayChange: (id: string) => boolean; value: { organisationId: string | null; role: string | null }; onChange: (v: { organisationId: string | null; role: string | null }) => void }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select label="Organisation" required value={value.organisationId} onChange={(o) => onChange({ ...value, organisationId: o })}
        data={network.organisations.filter((o) => mayChange(o.id)).map((o) => ({ value: o.id, label: o.name }))} searchable />
      <Select label="Role" required value={value.role} onChange={(r) => onChange({ ...value, role: r })} data={network.roles.map((r) => ({ value: r.id, label: r.label }))} searchable />
    </SimpleGrid>
  );
}

function InviteForm({ network, mayChange, onClose, onInvited }: { network: Network; mayChange: (id: string) => boolean; onClose: () => void; onInvited: (name: string, link: string) => void }) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<{ organisationId: string | null; role: string | null }>({ organisationId: null, role: null });
  const save = useAdminMutation(() => inviteStaff({ displayName, email: email.trim(), roles: [{ organisationId: role.organisationId ?? '', role: role.role ?? '' }] }));
  return (
    <Modal opened onClose={onClose} title="Invite a staff member" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(undefined, { onSuccess: (r) => { onClose(); onInvited(r.staff.displayName, linkAddress(r.invitation)); } }); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Full name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
            <TextInput label="Work email address" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          </SimpleGrid>
          <RolePicker network={network} mayChange={mayChange} value={role} onChange={setRole} />
          <Text size="sm" c="dimmed">More roles (another practice, the hub) can be added afterwards under Actions → Roles.</Text>
          <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Invite</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RolesForm({ network, mayChange, staff, onClose }: { network: Network; mayChange: (id: string) => boolean; staff: StaffAccount; onClose: () => void }) {
  const roleWords = useRoleLabel();
  const [role, setRole] = useState<{ organisationId: string | null; role: string | null }>({ organisationId: null, role: null });
  const add = useAdminMutation(() => grantRole(staff.id, { organisationId: role.organisationId ?? '', role: role.role ?? '' }));
  const remove = useAdminMutation((r: { organisationId: string; role: string }) => removeRole(staff.id, r.organisationId, r.role));
  return (
    <Modal opened onClose={onClose} title={`Roles of ${staff.displayName}`} size="lg" centered>
      <Stack>
        {(add.error || remove.error) && <ProblemAlert error={add.error ?? remove.error} />}
        {staff.roles.map((r) => (
          <Group key={r.organisationId + r.role} justify="space-between">
            <Text>{roleWords(r.role)} at {network.organisations.find((o) => o.id === r.organisationId)?.name}</Text>
            <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(r)}>Remove</Button>
          </Group>
        ))}
        <form onSubmit={(e) => { e.preventDefault(); add.mutate(undefined); }}>
          <Stack>
            <RolePicker network={network} mayChange={mayChange} value={role} onChange={setRole} />
            <Group justify="flex-end"><Button type="submit" loading={add.isPending}>Add role</Button></Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
