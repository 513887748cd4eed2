import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Modal, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useCan } from '../identity/queries.ts';
import { refer, type Referral, type ReferralInput } from './api.ts';
import { REFERRAL_REASON_WORDS } from './labels.ts';
import { useReferralChange } from './queries.ts';

/** Any member of staff refers a patient to social prescribing from the patient's page. */
export function ReferButton({ patientId }: { patientId: string }) {
  const [opened, setOpened] = useState(false);
  const [reasons, setReasons] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [consent, setConsent] = useState(false);
  const [concern, setConcern] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [done, setDone] = useState<Referral | null>(null);
  const linkWorker = useCan('social-prescribing:caseload');
  const send = useReferralChange(() => refer({
    patientId, reasons: reasons as ReferralInput['reasons'], consent, ...(note.trim() ? { note: note.trim() } : {}), ...(concern.trim() ? { safeguardingConcern: concern.trim() } : {}),
  }, key));
  return (
    <>
      <Button size="xs" variant="light" onClick={() => { setOpened(true); setDone(null); setKey(newIdempotencyKey()); }}>Refer to social prescribing</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Refer to a social prescribing link worker">
        {done ? (
          <Alert color="green" title="Referral made">
            <Text size="sm">The network's link workers have it on their board.</Text>
            {linkWorker && <Anchor component={Link} to={`/social-prescribing/${done.id}`}>Open the plan</Anchor>}
          </Alert>
        ) : (
          <Stack>
            <MultiSelect label="Why" required data={Object.entries(REFERRAL_REASON_WORDS).map(([value, label]) => ({ value, label }))} value={reasons} onChange={setReasons} />
            <Textarea label="What should the link worker know?" autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Textarea label="Safeguarding concern (if any)" description="Sent at once to the network's safeguarding lead" autosize minRows={1} maxLength={5000} value={concern} onChange={(e) => setConcern(e.currentTarget.value)} />
            <Checkbox label="The patient agreed to be referred" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
            <ProblemAlert error={send.error} />
            <Button disabled={reasons.length === 0} loading={send.isPending} onClick={() => send.mutate(undefined, { onSuccess: setDone })}>Refer</Button>
          </Stack>
        )}
      </Modal>
    </>
  );
}
