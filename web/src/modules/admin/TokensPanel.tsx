import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Table, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Network } from '../network/api.ts';
import { createToken, revokeToken } from './api.ts';
import { TOKEN_SCOPES } from './labels.ts';
import { useAdminMutation, useTokens } from './queries.ts';
import { ShownOnce } from './ShownOnce.tsx';

/** API tokens for other systems (NHS 111, a hub's system): list, create (secret shown once), revoke. */
export function TokensPanel({ network }: { network: Network }) {
  const tokens = useTokens();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const revoke = useAdminMutation(revokeToken);
  const orgName = (id: string) => network.organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <Stack>
      <Group><Button onClick={() => setCreating(true)}>Create an API token</Button></Group>
      {(tokens.error || revoke.error) && <ProblemAlert error={tokens.error ?? revoke.error} />}
      <Table striped withTableBorder>
        <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Acts as</Table.Th><Table.Th>Scopes</Table.Th><Table.Th>Created</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {tokens.data?.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.name}</Table.Td>
              <Table.Td>{orgName(t.organisationId)}</Table.Td>
              <Table.Td>{t.scopes.join(', ')}{t.integration && <Badge ml="xs" variant="light">integration</Badge>}</Table.Td>
              <Table.Td>{new Date(t.createdAt).toLocaleDateString('en-GB')}</Table.Td>
              <Table.Td>{t.revokedAt ? <Badge color="gray">revoked</Badge> : <Button size="xs" color="red" variant="light" onClick={() => revoke.mutate(t.id)}>Revoke</Button>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {creating && <TokenForm network={network} onClose={() => setCreating(false)} onCreated={setSecret} />}
      {secret && <ShownOnce title="Your new API token" value={secret} explanation="Put it in the other system's settings now; Commons keeps only a hash of it." onClose={() => setSecret(null)} />}
    </Stack>
  );
}

function TokenForm({ network, onClose, onCreated }: { network: Network; onClose: () => void; onCreated: (token: string) => void }) {
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [scopes, setScopes] = useState<string[]>(['slots:read']);
  const [integration, setIntegration] = useState(false);
  const save = useAdminMutation(() => createToken({ name, organisationId: organisationId ?? '', scopes, integration }));
  return (
    <Modal opened onClose={onClose} title="Create an API token" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(undefined, { onSuccess: (r) => { onClose(); onCreated(r.token); } }); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} />}
          <TextInput label="Name" description="Which system uses it, e.g. NHS 111 provider" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Select label="Acts as organisation" required value={organisationId} onChange={setOrganisationId} data={network.organisations.map((o) => ({ value: o.id, label: o.name }))} searchable />
          <MultiSelect label="Scopes" required value={scopes} onChange={setScopes} data={TOKEN_SCOPES} description="A token can carry only what you may do yourself." />
          <Checkbox label="Integration: may find any patient of the network (NHS 111, a hub's booking system)" description="Otherwise the token sees only its organisation's patients. Needs network management rights." checked={integration} onChange={(e) => setIntegration(e.currentTarget.checked)} />
          <Group justify="flex-end"><Button type="submit" loading={save.isPending}>Create token</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
