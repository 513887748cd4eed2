import { Anchor, Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Offer } from './api.ts';
import { TextOfferToPatient } from '../navigation/TextOfferToPatient.tsx';
import { agesText, CATEGORY_LABELS, placesText } from './labels.ts';

/** One offer in a list: what it is, who runs it, where and when, and whether it is stale or full. */
export function OfferCard({ offer, selected, onSelect }: { offer: Offer & { distanceMiles?: number | null }; selected?: boolean; onSelect?: (on: boolean) => void }) {
  const places = placesText(offer);
  const ages = agesText(offer);
  return (
    <Paper withBorder p="sm" data-testid="offer-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Anchor component={Link} to={`/directory/offers/${offer.id}`} fw={700} size="lg">{offer.name}</Anchor>
          <Text size="sm">{offer.providerName}</Text>
          <Text size="sm">{offer.times}{offer.location ? ` · ${[offer.location.name, offer.postcode].filter(Boolean).join(', ')}` : ' · by phone or online'}</Text>
          <Group gap={6}>
            {offer.categories.map((c) => <Badge key={c} variant="light" style={{ textTransform: 'none' }}>{CATEGORY_LABELS[c]}</Badge>)}
            {offer.stale && <Badge color="orange" style={{ textTransform: 'none' }} title="Not checked for more than 6 months: confirm before you refer">Not checked since {offer.lastVerifiedAt.slice(0, 10)}</Badge>}
            {places && <Badge color={offer.placesAvailable === 0 ? 'red' : 'green'} variant="light" style={{ textTransform: 'none' }}>{places}</Badge>}
            {ages && <Badge color="gray" variant="light" style={{ textTransform: 'none' }}>{ages}</Badge>}
            {offer.howToAccess === 'referral-needed' && <Badge color="grape" variant="light" style={{ textTransform: 'none' }}>Referral needed</Badge>}
          </Group>
        </Stack>
        <Stack gap={6} align="flex-end">
          {offer.distanceMiles !== undefined && (
            <Text fw={700} size="sm" ta="right">{offer.distanceMiles === null ? (offer.location ? 'Same area' : 'Anywhere') : `${offer.distanceMiles} miles`}</Text>
          )}
          {onSelect && <Checkbox label="Print" checked={!!selected} onChange={(e) => onSelect(e.currentTarget.checked)} aria-label={`Print ${offer.name}`} />}
          {onSelect && <TextOfferToPatient offer={offer} />}
        </Stack>
      </Group>
    </Paper>
  );
}
