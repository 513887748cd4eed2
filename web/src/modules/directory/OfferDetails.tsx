import { Stack, Table, Text } from '@mantine/core';
import type { Offer } from './api.ts';
import { ACCESS_LABELS, agesText, CATEGORY_LABELS, placesText, PROVIDER_KIND_LABELS } from './labels.ts';

/** Everything a patient needs to go: what, who, where, when, how to get in, who it is for, how to contact. Used on screen and on paper. */
export function OfferDetails({ offer }: { offer: Offer }) {
  const c = offer.contact;
  const rows: [string, string | null][] = [
    ['Run by', `${offer.providerName} (${PROVIDER_KIND_LABELS[offer.providerKind]})`],
    ['Where', offer.location ? [offer.location.name, offer.location.address, offer.location.postcode].filter(Boolean).join(', ') : 'By phone or online'],
    ['When', offer.times],
    ['How to go', ACCESS_LABELS[offer.howToAccess] + (offer.referralDetails ? `. ${offer.referralDetails}` : '')],
    ['Who it is for', [agesText(offer), ...offer.eligibility.conditions].filter(Boolean).join('; ') || 'Everyone'],
    ['Cost', offer.cost],
    ['Places', placesText(offer)],
    ['Phone', c.phone],
    ['Email', c.email],
    ['Website', c.website],
    ['Contact', c.name],
    ['Categories', offer.categories.map((k) => CATEGORY_LABELS[k]).join(', ')],
  ];
  return (
    <Stack gap="xs">
      {offer.description && <Text>{offer.description}</Text>}
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {rows.filter(([, v]) => v).map(([k, v]) => (
            <Table.Tr key={k}><Table.Th w={150}>{k}</Table.Th><Table.Td>{v}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
