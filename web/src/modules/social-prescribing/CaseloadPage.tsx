import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, ScrollArea, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { formatDay } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { change, type CaseloadItem } from './api.ts';
import { BOARD_COLUMNS, REFERRAL_REASON_WORDS, SOURCE_WORDS, STATUS_WORDS } from './labels.ts';
import { useCaseload, useInbox, useReadNotification, useReferralChange } from './queries.ts';

/**
 * The link workers' caseload across the network, as a board: one column per status, oldest referral
 * first so nobody waits unseen. New referrals nobody holds yet are the badge; safeguarding concerns
 * sent to me are shown first, to acknowledge.
 */
export function CaseloadPage() {
  const [who, setWho] = useState<'all' | 'me' | 'unallocated'>('all');
  const caseload = useCaseload({ status: 'open', limit: 500, ...(who === 'all' ? {} : { linkWorker: who }) });
  const inbox = useInbox();
  const read = useReadNotification();
  const navigate = useNavigate();
  const take = useReferralChange((id: string) => change.allocate(id));
  const items = caseload.data?.items ?? [];
  const concerns = (inbox.data?.notifications ?? []).filter((n) => n.kind === 'safeguarding' && !n.read);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Social prescribing caseload</Title>
        <Group>
          <Anchor component={Link} to="/social-prescribing/outcomes">Outcomes</Anchor>
        </Group>
      </Group>
      {concerns.map((n) => (
        <Alert key={n.id} color="red" title="Safeguarding concern sent to you">
          <Group justify="space-between">
            <Text size="sm">{n.message}</Text>
            <Group>
              <Button size="xs" variant="white" component={Link} to={`/social-prescribing/${n.referralId}`}>Open</Button>
              <Button size="xs" color="red" loading={read.isPending} onClick={() => read.mutate(n.id)}>Acknowledge</Button>
            </Group>
          </Group>
        </Alert>
      ))}
      <Group>
        <SegmentedControl value={who} onChange={(v) => setWho(v as typeof who)} data={[
          { value: 'all', label: 'Whole network' },
          { value: 'me', label: `Mine${inbox.data ? ` (${inbox.data.myOpen})` : ''}` },
          { value: 'unallocated', label: `Not yet allocated${inbox.data ? ` (${inbox.data.unallocated})` : ''}` },
        ]} aria-label="Whose referrals" />
        {inbox.data && inbox.data.unallocated > 0 && <Badge color="orange" size="lg" aria-label="New referrals not yet allocated">{inbox.data.unallocated} new</Badge>}
      </Group>
      <ProblemAlert error={caseload.error ?? take.error} />
      {caseload.isLoading ? <Loader aria-label="Loading the caseload" /> : (
        <ScrollArea>
          <SimpleGrid cols={4} miw={960} spacing="sm" style={{ alignItems: 'start' }}>
            {BOARD_COLUMNS.map((status) => {
              const cards = items.filter((i) => i.status === status);
              return (
                <Paper key={status} withBorder p="xs" bg="gray.0" aria-label={`${STATUS_WORDS[status]}: ${cards.length}`} role="region">
                  <Group justify="space-between" mb="xs"><Text fw={700}>{STATUS_WORDS[status]}</Text><Badge variant="light">{cards.length}</Badge></Group>
                  <Stack gap="xs">
                    {cards.map((c) => <Card key={c.id} c={c} open={() => navigate(`/social-prescribing/${c.id}`)} take={() => take.mutate(c.id)} taking={take.isPending} />)}
                  </Stack>
                </Paper>
              );
            })}
          </SimpleGrid>
        </ScrollArea>
      )}
    </Stack>
  );
}

function Card({ c, open, take, taking }: { c: CaseloadItem; open: () => void; take: () => void; taking: boolean }) {
  return (
    <Paper withBorder p="xs" shadow="xs">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Anchor component="button" type="button" fw={700} onClick={open} ta="left">{c.patient.name}</Anchor>
          {c.safeguarding && <Badge color="red" size="sm">Safeguarding</Badge>}
        </Group>
        <Text size="xs" c="dimmed">{c.patient.age} · {c.patient.practiceName} · referred {formatDay(c.referredAt)}</Text>
        <Text size="xs">{c.reasons.map((r) => REFERRAL_REASON_WORDS[r] ?? r).join(', ')}</Text>
        <Text size="xs" c="dimmed">{SOURCE_WORDS[c.source]}{c.contacts > 0 && ` · ${c.contacts} contacts, ${c.minutes} min`}</Text>
        {c.linkWorker ? <Text size="xs">With {c.linkWorker.name}</Text> : <Button size="compact-xs" variant="light" onClick={take} loading={taking}>Take this referral</Button>}
      </Stack>
    </Paper>
  );
}
