import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { useNetwork } from '../network/queries.ts';
import { CHANNEL_WORDS } from './labels.tsx';
import { useQuotas, useReleaseChange, useReleaseRules } from './queries.ts';
import { saveQuota, saveReleaseRule, type ReleaseRules } from './waitlist-api.ts';

const RELEASE_CHANNELS = [
  { key: 'hub', label: 'Hub slots' },
  { key: 'network', label: 'Slots shared with the network' },
  { key: 'nhs111', label: 'NHS 111 slots' },
] as const;

/**
 * "Use it or lose it" and NHS 111 quotas: when unbooked held slots go back to the practice that owns
 * them (and on to the waitlist), and how many bookings each channel may make into a provider's slots
 * a day. Practice managers read them; a PCN manager or administrator changes the release times.
 */
export function ReleasePanel() {
  return (
    <Stack maw={1000}>
      <ReleaseRulesCard />
      <QuotasCard />
    </Stack>
  );
}

function ReleaseRulesCard() {
  const rules = useReleaseRules();
  const canEdit = useCan('network:manage');
  const [draft, setDraft] = useState<ReleaseRules | null>(null);
  useEffect(() => { if (rules.data) setDraft(rules.data); }, [rules.data]);
  const save = useReleaseChange((v: { channel: keyof ReleaseRules; hoursBefore: number }) => saveReleaseRule(v));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">Release unbooked slots ("use it or lose it")</Title>
      <Text size="sm" c="dimmed" mb="sm">Slots held for a channel and still unbooked this many hours before they start go back to the practice that owns them, and are offered to its waitlist.</Text>
      {rules.isLoading && <Text size="sm">Loading…</Text>}
      <ProblemAlert error={rules.error ?? save.error} />
      {draft && rules.data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {RELEASE_CHANNELS.map((c) => (
            <Group key={c.key} align="end" gap="xs" wrap="nowrap">
              <NumberInput label={c.label} description="hours before the start" min={1} max={336} allowDecimal={false} disabled={!canEdit} value={draft[c.key]}
                onChange={(v) => setDraft({ ...draft, [c.key]: typeof v === 'number' ? v : Number(v) })} w={170} />
              {canEdit && (
                <Button size="sm" variant="light" disabled={draft[c.key] === rules.data[c.key]} loading={save.isPending && save.variables?.channel === c.key}
                  onClick={() => save.mutate({ channel: c.key, hoursBefore: draft[c.key] }, { onSuccess: () => notifications.show({ color: 'green', message: `${c.label}: released ${draft[c.key]} hours before.` }) })}>
                  Save
                </Button>
              )}
            </Group>
          ))}
        </SimpleGrid>
      )}
      {!canEdit && <Text size="xs" c="dimmed" mt="xs">A PCN manager or administrator changes these for the whole network.</Text>}
    </Paper>
  );
}

function QuotasCard() {
  const quotas = useQuotas();
  const network = useNetwork();
  const [provider, setProvider] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>('nhs111');
  const [perDay, setPerDay] = useState<number | string>('');
  const [perRegistered, setPerRegistered] = useState<number | string>(3000);
  const save = useReleaseChange(() => saveQuota({
    providerOrganisationId: provider ?? '', channel: channel as 'nhs111',
    perDay: perDay === '' ? null : Number(perDay), perRegisteredPatients: perRegistered === '' ? null : Number(perRegistered),
  }));
  const providers = (network.data?.organisations ?? []).filter((o) => o.kind === 'practice' || o.kind === 'hub').map((o) => ({ value: o.id, label: o.kind === 'hub' ? `${o.name} (hub)` : o.name }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">Daily booking quotas (NHS 111 and others)</Title>
      <Text size="sm" c="dimmed" mb="sm">
        A cap on how many bookings a channel makes into a provider's slots each day: a fixed number, one per so many registered patients
        (the usual NHS 111 rule is one a day per 3,000), or both (the smaller applies). A hub's list is its share of the network's: the
        network's registered patients divided between its hubs, so two hubs together get the network's allowance, not twice it.
      </Text>
      <ProblemAlert error={quotas.error} />
      {quotas.data && quotas.data.length > 0 && (
        <Table striped mb="md" data-testid="quotas">
          <Table.Thead><Table.Tr><Table.Th>Provider</Table.Th><Table.Th>Channel</Table.Th><Table.Th ta="right">Fixed cap</Table.Th><Table.Th ta="right">One per … patients</Table.Th><Table.Th ta="right">Patients counted</Table.Th><Table.Th ta="right">Cap today</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {quotas.data.map((q) => (
              <Table.Tr key={q.id}>
                <Table.Td>{q.providerName}</Table.Td><Table.Td>{CHANNEL_WORDS[q.channel] ?? q.channel}</Table.Td>
                <Table.Td ta="right">{q.perDay ?? '–'}</Table.Td><Table.Td ta="right">{q.perRegisteredPatients?.toLocaleString('en-GB') ?? '–'}</Table.Td>
                <Table.Td ta="right">{q.perRegisteredPatients ? q.registeredPatients.toLocaleString('en-GB') : '–'}</Table.Td><Table.Td ta="right"><b>{q.effectivePerDay}</b></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {quotas.data && quotas.data.length === 0 && <Text size="sm" mb="md">No quotas set: channels may book every slot released to them.</Text>}
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(undefined, { onSuccess: (q) => notifications.show({ color: 'green', message: `${q.providerName}: ${CHANNEL_WORDS[q.channel] ?? q.channel} capped at ${q.effectivePerDay} a day.` }) }); }}>
        <Group align="end">
          <Select label="Provider" required data={providers} value={provider} onChange={setProvider} searchable w={260} />
          <Select label="Channel" required allowDeselect={false} value={channel} onChange={setChannel} data={['nhs111', 'network', 'hub', 'online'].map((c) => ({ value: c, label: CHANNEL_WORDS[c] ?? c }))} w={170} />
          <NumberInput label="Fixed cap a day" min={0} max={10000} allowDecimal={false} value={perDay} onChange={setPerDay} w={140} />
          <NumberInput label="One per … patients" min={100} max={1000000} allowDecimal={false} value={perRegistered} onChange={setPerRegistered} w={160} />
          <Button type="submit" variant="light" disabled={!provider} loading={save.isPending}>Set quota</Button>
        </Group>
        <ProblemAlert error={save.error} />
      </form>
    </Paper>
  );
}
