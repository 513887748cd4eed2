import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { newIdempotencyKey } from '../../api/client.ts';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Contact } from './api.ts';
import { useTextOffer } from './queries.ts';

/**
 * Texts the patient the details of the offer they were signposted to (name, where, when, contact).
 * Asks for their agreement first; the server also checks they take texts and have a mobile.
 */
export function TextOfferButton({ contact, onTexted }: { contact: Contact; onTexted?: (c: Contact) => void }) {
  const [open, setOpen] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const send = useTextOffer();
  if (!contact.patientId || !contact.offerId) return null;
  const close = () => { setOpen(false); setAgreed(false); send.reset(); };
  return (
    <>
      {contact.offerTextedAt
        ? <Text span size="xs" c="dimmed"> · texted {formatDay(contact.offerTextedAt)} {formatTime(contact.offerTextedAt)}</Text>
        : <Button size="compact-xs" variant="light" ml="xs" onClick={() => setOpen(true)}>Text the details</Button>}
      <Modal opened={open} onClose={close} title={`Text ${contact.offerName ?? 'the offer'} to ${contact.patientName ?? 'the patient'}`} centered>
        <Stack>
          <Text size="sm">They get the offer's name, where and when it runs, and how to get in touch, by text to the mobile on their record.</Text>
          <Checkbox label="They agreed to get a text" checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} />
          <ProblemAlert error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button disabled={!agreed} loading={send.isPending} onClick={() => send.mutate({ id: contact.id, consent: agreed, key }, {
              onSuccess: (c) => { setKey(newIdempotencyKey()); close(); onTexted?.(c); },
            })}>Send text</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
