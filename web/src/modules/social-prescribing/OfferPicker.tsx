import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';

/** Refer on to a community offer: by name until the directory can be searched here. */
export function OfferPicker({ onPick, busy }: { onPick: (v: { offerId?: string; offerName?: string }) => void; busy: boolean }) {
  const [name, setName] = useState('');
  return (
    <Group align="end" mt="xs">
      <TextInput label="Refer to an offer" placeholder="e.g. Park walking group" maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
      <Button size="sm" disabled={!name.trim()} loading={busy} onClick={() => { onPick({ offerName: name.trim() }); setName(''); }}>Refer</Button>
    </Group>
  );
}
