import { useQueries } from '@tanstack/react-query';
import { Anchor, Button, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { londonToday, formatDate } from '../../app/london-time.ts';
import { fetchOffer } from './api.ts';
import { OfferDetails } from './OfferDetails.tsx';
import { directoryKeys } from './queries.ts';
import './print.css';

/** A page to print (or read out) for a patient: one or a few offers with how to get there and who to contact. */
export function PrintPage() {
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 10);
  const offers = useQueries({ queries: ids.map((id) => ({ queryKey: directoryKeys.offer(id), queryFn: () => fetchOffer(id) })) });
  const navigate = useNavigate();
  const loading = offers.some((q) => q.isLoading);
  const failed = offers.find((q) => q.error)?.error;
  return (
    <Stack maw={760}>
      <Group className="no-print" justify="space-between">
        <Anchor component="button" type="button" size="sm" onClick={() => navigate(-1)}>← Back</Anchor>
        <Button onClick={() => window.print()} disabled={loading || !ids.length}>Print</Button>
      </Group>
      <Title order={1}>Groups and services near you</Title>
      <Text>Given to you on {formatDate(londonToday())}. You can contact them yourself; if something has changed, let your GP practice know.</Text>
      {!ids.length && <Text>Choose offers in the directory first.</Text>}
      {loading && <Loader aria-label="Loading the offers" />}
      {failed && <ProblemAlert error={failed} />}
      {offers.map((q) => q.data && (
        <Paper key={q.data.id} withBorder p="md" className="print-offer" data-testid="print-offer">
          <Title order={2} size="h3" mb="xs">{q.data.name}</Title>
          <OfferDetails offer={q.data} />
        </Paper>
      ))}
      <Divider />
      <Text size="sm">If you need help now: NHS 111 for urgent health problems, 999 in an emergency. Samaritans are there day or night on 116 123.</Text>
    </Stack>
  );
}
