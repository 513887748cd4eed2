import { useState } from 'react';
import { Alert, Button, Group, Loader, NumberInput, Paper, Radio, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title, UnstyledButton } from '@mantine/core';
import { newIdempotencyKey, Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { formatNhsNumber, type Patient } from '../patients/api.ts';
import { usePatientSearch } from '../patients/queries.ts';
import { preview, submitOnBehalf, type AnswerValue, type ConsultationType, type FollowUpQuestion, type Preview, type Submitted } from './api.ts';
import { ADMIN_KIND_WORDS, TYPE_WORDS, URGENCY_WORDS } from './labels.ts';

/**
 * Reception takes a request for a caller (phone or at the desk) with the same questions the online
 * form asks, chosen by the same triage engine. An emergency stops the form with the 999/A&E advice.
 */
export function CallerRequestForm() {
  const [patient, setPatient] = useState<Patient | null>(null);
  const [channel, setChannel] = useState<'phone' | 'desk'>('phone');
  const [caller, setCaller] = useState({ name: '', relationship: '' });
  const [type, setType] = useState<ConsultationType>('medical');
  const [adminKind, setAdminKind] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [result, setResult] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<Submitted | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);

  const reset = () => {
    setPatient(null); setCaller({ name: '', relationship: '' }); setType('medical'); setAdminKind(null); setDescription('');
    setAnswers({}); setResult(null); setError(null); setSent(null); setKey(newIdempotencyKey());
  };

  const check = async () => {
    if (!patient) return;
    setBusy(true); setError(null);
    try {
      const numeric = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v]));
      setResult(await preview({ age: patient.age, sex: patient.sex, type, description, answers: numeric }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!patient) return;
    setBusy(true); setError(null);
    try {
      setSent(await submitOnBehalf({
        patientId: patient.id, channel, type, ...(type === 'admin' && adminKind ? { adminKind } : {}), description, answers,
        ...(caller.name.trim() ? { proxyName: caller.name.trim(), proxyRelationship: caller.relationship.trim() || 'caller' } : {}),
      }, key));
    } catch (e) {
      if (e instanceof Problem && e.code === 'consultations/emergency') setResult({ ...(result as Preview), accepted: false, urgency: 'emergency', nextStep: (e.body.nextStep as Preview['nextStep']) ?? { title: 'Call 999', body: e.detail }, why: (e.body.why as string[]) ?? [] });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <Alert color="green" title={`Request ${sent.reference} is in the queue`}>
        <Text size="sm">{URGENCY_WORDS[sent.urgency]}: the patient will hear back {sent.expectedResponse}. Tell the caller: {sent.safetyNetting}</Text>
        <Button mt="sm" onClick={reset}>Take another request</Button>
      </Alert>
    );
  }

  const questions = (result?.followUpQuestions ?? []).filter((q) => !q.askIf || answers[q.askIf.id] === q.askIf.equals);
  return (
    <Stack maw={760}>
      {!patient ? <FindPatient onPick={setPatient} /> : (
        <Paper withBorder p="sm">
          <Group justify="space-between">
            <Text><b>{patient.givenName} {patient.familyName}</b> · {patient.age} · {formatNhsNumber(patient.nhsNumber)} · {patient.practiceName}</Text>
            <Button variant="subtle" size="xs" onClick={() => { setPatient(null); setResult(null); }}>Change patient</Button>
          </Group>
        </Paper>
      )}
      {patient && (
        <>
          <SegmentedControl value={channel} onChange={(v) => setChannel(v as 'phone' | 'desk')} data={[{ value: 'phone', label: 'On the phone' }, { value: 'desk', label: 'At the desk' }]} />
          <Group grow>
            <TextInput label="Caller's name, if not the patient" value={caller.name} onChange={(e) => setCaller({ ...caller, name: e.currentTarget.value })} maxLength={100} />
            <TextInput label="Relationship to the patient" value={caller.relationship} onChange={(e) => setCaller({ ...caller, relationship: e.currentTarget.value })} maxLength={60} disabled={!caller.name.trim()} />
          </Group>
          <Radio.Group label="What do they need help with?" value={type} onChange={(v) => { setType(v as ConsultationType); setResult(null); }}>
            <Group mt="xs">{Object.entries(TYPE_WORDS).map(([v, l]) => <Radio key={v} value={v} label={l} />)}</Group>
          </Radio.Group>
          {type === 'admin' && <Select label="Admin request" required data={Object.entries(ADMIN_KIND_WORDS).map(([value, label]) => ({ value, label }))} value={adminKind} onChange={setAdminKind} />}
          <Textarea label="In the caller's words" description="Type what they say. At most 5000 characters." required autosize minRows={4} maxLength={5000} value={description}
            onChange={(e) => { setDescription(e.currentTarget.value); setResult(null); }} />
          {result?.accepted === false && (
            <Alert color="red" title={result.nextStep.title}>
              <Text size="sm">{result.nextStep.body}</Text>
              {result.why.length > 0 && <Text size="sm" mt="xs">Because: {result.why.join(', ')}. Do not queue this: transfer the caller to 999 or tell them to go to A&E now.</Text>}
            </Alert>
          )}
          {result?.accepted && type !== 'admin' && questions.map((q) => <Question key={q.id} q={q} value={answers[q.id]} set={(v) => setAnswers((a) => { const n = { ...a }; if (v === undefined) delete n[q.id]; else n[q.id] = v; return n; })} />)}
          {result?.accepted && <Text size="sm">Triage so far: <b>{URGENCY_WORDS[result.urgency]}</b>; they would hear back {result.expectedResponse}.</Text>}
          {result?.accepted && result.call111 && <Alert color="orange" title="Out of hours: tell the caller to call 111 now">{result.call111.body}</Alert>}
          <ProblemAlert error={error} />
          <Group>
            <Button variant="default" onClick={check} loading={busy && !result} disabled={!description.trim()}>{result ? 'Check again with these answers' : 'Check for red flags and questions'}</Button>
            <Button onClick={send} loading={busy && !!result} disabled={!result?.accepted || (type === 'admin' && !adminKind)}>Send to the queue</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

function FindPatient({ onPick }: { onPick: (p: Patient) => void }) {
  const [q, setQ] = useState('');
  const search = usePatientSearch(q);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">Who is the request for?</Title>
      <TextInput label="Find the patient" description="Name, NHS number, date of birth or postcode" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      {search.isFetching && <Loader size="sm" aria-label="Searching" />}
      <ProblemAlert error={search.error} />
      {(search.data ?? []).map((p) => (
        <UnstyledButton key={p.id} onClick={() => onPick(p)} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Text size="sm"><b>{p.familyName.toUpperCase()}, {p.givenName}</b> · {p.dateOfBirth} · {formatNhsNumber(p.nhsNumber)} · {p.practiceName}</Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}

function Question({ q, value, set }: { q: FollowUpQuestion; value: AnswerValue | undefined; set: (v: AnswerValue | undefined) => void }) {
  if (q.kind === 'yesno') {
    return (
      <Radio.Group label={q.text} description={q.hint} value={value === undefined ? '' : value ? 'yes' : 'no'} onChange={(v) => set(v === 'yes')}>
        <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
      </Radio.Group>
    );
  }
  if (q.kind === 'choice') {
    return <Select label={q.text} description={q.hint} clearable data={(q.options ?? []).map((o) => ({ value: String(o.value), label: o.label }))} value={value === undefined ? null : String(value)} onChange={(v) => set(v === null ? undefined : Number.isFinite(Number(v)) ? Number(v) : v)} />;
  }
  if (q.kind === 'number') {
    return <NumberInput label={q.text} description={q.hint} min={q.min} max={q.max} value={value === undefined ? '' : Number(value)} onChange={(v) => set(v === '' ? undefined : Number(v))} />;
  }
  return <TextInput label={q.text} description={q.hint} maxLength={500} value={value === undefined ? '' : String(value)} onChange={(e) => set(e.currentTarget.value || undefined)} />;
}
