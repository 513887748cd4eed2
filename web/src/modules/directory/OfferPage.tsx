import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { printPath } from './api.ts';
import { OfferDetails } from './OfferDetails.tsx';
import { useOffer, useVerifyOffer } from './queries.ts';

/** One offer: its details, print it, and (for those who keep it up to date) change it or confirm it is still right. */
export function OfferPage() {
  const { offerId = '' } = useParams();
  const offer = useOffer(offerId);
  const verify = useVerifyOffer(offerId);
  const navigate = useNavigate();
  const canManage = useCan('directory:manage');
  const canOwn = useCan('directory:own-offers');
  const canWrite = canManage || canOwn;
  const canSearch = useCan('directory:read');
  if (offer.isLoading) return <Loader aria-label="Loading the offer" />;
  if (offer.error || !offer.data) return <ProblemAlert error={offer.error} />;
  const o = offer.data;
  return (
    <Stack maw={800}>
      <Anchor component={Link} to={canSearch ? '/directory' : '/directory/mine'} size="sm">← Back</Anchor>
      <Title order={1}>{o.name}</Title>
      {!o.active && <Alert color="gray" title="Not running">This offer is marked as no longer running.</Alert>}
      {o.stale && (
        <Alert color="orange" title="Not checked for more than 6 months">
          Last checked on {o.lastVerifiedAt.slice(0, 10)}. Ring them to check before you send someone.
        </Alert>
      )}
      <OfferDetails offer={o} />
      <Group>
        <Button onClick={() => navigate(printPath([o.id]))}>Print for the patient</Button>
        {canWrite && <Button variant="light" component={Link} to={`/directory/offers/${o.id}/edit`}>Change</Button>}
        {canWrite && <Button variant="subtle" loading={verify.isPending} onClick={() => verify.mutate()}>Still correct</Button>}
      </Group>
      {verify.error && <ProblemAlert error={verify.error} />}
      {verify.isSuccess && <Text c="green">Marked as checked today.</Text>}
    </Stack>
  );
}
