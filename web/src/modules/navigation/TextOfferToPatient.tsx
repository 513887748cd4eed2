import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { newIdempotencyKey } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { formatNhsNumber } from '../patients/api.ts';
import { usePatientSearch } from '../patients/queries.ts';
import { useTextOfferFromDirectory } from './queries.ts';

/**
 * From the directory: find the patient, ask them, and text them an offer's details. The server records
 * it as a navigation contact (signposted to this offer) at the same time. Shown to those who record
 * navigation contacts.
 */
export function TextOfferToPatient({ offer }: { offer: { id: string; name: string } }) {
  const allowed = useCan('navigation:record');
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [patient, setPatient] = useState<{ id: string; name: string } | null>(null);
  const [agreed, setAgreed] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const search = usePatientSearch(patient ? '' : q);
  const send = useTextOfferFromDirectory();
  if (!allowed) return null;
  const close = () => { setOpen(false); setQ(''); setPatient(null); setAgreed(false); send.reset(); };
  return (
    <>
      <Button size="compact-xs" variant="light" onClick={() => setOpen(true)}>Text to a patient</Button>
      <Modal opened={open} onClose={close} title={`Text ${offer.name} to a patient`} size="lg" centered>
        <Stack>
          {patient ? (
            <Group gap="xs"><Text size="sm">Patient: <b>{patient.name}</b></Text><Button size="compact-xs" variant="subtle" onClick={() => setPatient(null)}>Change</Button></Group>
          ) : (
            <>
              <TextInput label="Find the patient" description="Name, NHS number, date of birth or postcode" value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
              <ProblemAlert error={search.error} />
              {(search.data ?? []).slice(0, 6).map((p) => (
                <UnstyledButton key={p.id} onClick={() => setPatient({ id: p.id, name: `${p.givenName} ${p.familyName}` })} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
                  <Text size="sm"><b>{p.familyName.toUpperCase()}, {p.givenName}</b> · {p.dateOfBirth} · {formatNhsNumber(p.nhsNumber)} · {p.practiceName}</Text>
                </UnstyledButton>
              ))}
            </>
          )}
          <Text size="sm">They get the offer's name, where and when it runs, and how to get in touch, by text to the mobile on their record. It is recorded as a care navigation contact.</Text>
          <Checkbox label="They agreed to get a text" checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} />
          <ProblemAlert error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button disabled={!patient || !agreed} loading={send.isPending} onClick={() => send.mutate({ body: { patientId: patient!.id, offerId: offer.id, consent: agreed }, key }, {
              onSuccess: () => { notifications.show({ color: 'green', message: `Texted ${offer.name} to ${patient!.name}.` }); setKey(newIdempotencyKey()); close(); },
            })}>Send text</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
