import { Anchor, Badge, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAddressState } from '../../app/address-state.ts';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { ContactForm } from './ContactForm.tsx';
import { DECISION_SHORT, REDIRECT_WORDS } from './labels.ts';
import { NavigationMetricsPanel } from './NavigationMetricsPanel.tsx';
import { TextOfferButton } from './TextOfferButton.tsx';
import { useContacts } from './queries.ts';

/**
 * Care navigation: record where a caller was sent (from a patient's page, or straight away for a
 * caller not yet identified), see recent contacts, and (navigators, managers) the metrics.
 */
export function NavigationPage() {
  const [params, change] = useAddressState();
  const reviewsNavigation = useCan('navigation:review');
  const readsAnalytics = useCan('analytics:read');
  const reviews = reviewsNavigation || readsAnalytics;
  const tab = params.get('tab') ?? 'record';
  const patientId = params.get('patientId') ?? undefined;
  const set = (v: string | null) => change({ tab: v ?? 'record' });
  return (
    <Stack>
      <Title order={1}>Care navigation</Title>
      <Tabs value={tab} onChange={set} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="record">Record a contact</Tabs.Tab>
          <Tabs.Tab value="recent">{reviews ? 'Recent contacts' : 'My recent contacts'}</Tabs.Tab>
          {reviews && <Tabs.Tab value="metrics">Metrics</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="record" pt="md"><ContactForm key={patientId ?? 'caller'} patientId={patientId} /></Tabs.Panel>
        <Tabs.Panel value="recent" pt="md"><RecentContacts /></Tabs.Panel>
        {reviews && <Tabs.Panel value="metrics" pt="md"><NavigationMetricsPanel /></Tabs.Panel>}
      </Tabs>
    </Stack>
  );
}

export function RecentContacts({ patientId }: { patientId?: string }) {
  const contacts = useContacts({ limit: 50, ...(patientId ? { patientId } : {}) });
  if (contacts.isLoading) return <Loader aria-label="Loading contacts" />;
  if (contacts.error) return <ProblemAlert error={contacts.error} />;
  const items = contacts.data?.items ?? [];
  if (items.length === 0) return <Text c="dimmed">No navigation contacts yet.</Text>;
  return (
    <Table striped>
      <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Caller</Table.Th><Table.Th>Reason</Table.Th><Table.Th>Need</Table.Th><Table.Th>Decision</Table.Th><Table.Th>By</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{formatDay(c.recordedAt)} {formatTime(c.recordedAt)}</Table.Td>
            <Table.Td>{c.patientId ? <Anchor component={Link} to={`/patients/${c.patientId}`}>{c.patientName}</Anchor> : <Text size="sm" c="dimmed">{c.callerLabel ?? 'Not identified'}</Text>}</Table.Td>
            <Table.Td><Text size="sm" lineClamp={2}>{c.reason}</Text></Table.Td>
            <Table.Td><Badge variant="light" color={c.needKind === 'clinical' ? 'blue' : 'grape'}>{c.needLabel}</Badge></Table.Td>
            <Table.Td>
              {DECISION_SHORT[c.decision]}
              {c.bookedRole && ` (${c.bookedRole})`}{c.offerName && `: ${c.offerName}`}{c.redirectTo && `: ${REDIRECT_WORDS[c.redirectTo] ?? c.redirectTo}`}
              {c.socialPrescribingReferralId && <> · <Anchor component={Link} to={`/social-prescribing/${c.socialPrescribingReferralId}`} size="sm">referral</Anchor></>}
              <TextOfferButton contact={c} />
            </Table.Td>
            <Table.Td>{c.recordedBy.name}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
