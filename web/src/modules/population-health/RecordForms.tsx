import { Button, Checkbox, Group, NumberInput, Paper, Select, Tabs, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { recordAllergy, recordCondition, recordMedication, recordObservation, type ObservationInput } from './api.ts';

// Recording on the clinical summary: a coded problem, a reading or review, a medicine, an allergy, each through
// the population-health API (POST /patients/{id}/conditions, /observations, /medications, /allergies), which checks the
// codes, dates and values and names the field it refuses; the summary reloads after each.

const today = () => new Date().toISOString().slice(0, 10);

const KINDS: { value: ObservationInput['kind']; label: string }[] = [
  { value: 'blood-pressure', label: 'Blood pressure' }, { value: 'hba1c', label: 'HbA1c (mmol/mol)' }, { value: 'egfr', label: 'eGFR (mL/min/1.73m2)' },
  { value: 'bmi', label: 'BMI (kg/m2)' }, { value: 'weight', label: 'Weight (kg)' }, { value: 'pulse', label: 'Pulse (/min)' }, { value: 'spo2', label: 'SpO2 (%)' },
  { value: 'peak-flow', label: 'Peak flow (L/min)' }, { value: 'blood-glucose', label: 'Blood glucose (mmol/L)' }, { value: 'smoking-status', label: 'Smoking status' },
  { value: 'medication-review', label: 'Medication review' }, { value: 'asthma-review', label: 'Asthma review' }, { value: 'copd-review', label: 'COPD review' },
  { value: 'care-plan-review', label: 'Care plan review' }, { value: 'frailty-review', label: 'Frailty review' },
];
const NO_VALUE = new Set(['medication-review', 'asthma-review', 'copd-review', 'care-plan-review', 'frailty-review', 'smoking-status']);
const SMOKING = [{ value: '77176002', label: 'Smoker' }, { value: '8517006', label: 'Ex-smoker' }, { value: '266919005', label: 'Never smoked' }];

function useRecord<T>(patientId: string, send: (patientId: string, body: T) => Promise<unknown>, reset: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => send(patientId, body),
    onSuccess: () => { reset(); void qc.invalidateQueries({ queryKey: ['population-health', 'patient', patientId] }); },
  });
}

function Form({ onSubmit, pending, error, done, children }: { onSubmit: () => void; pending: boolean; error: unknown; done: boolean; children: ReactNode }) {
  const submit = (e: FormEvent) => { e.preventDefault(); onSubmit(); };
  return (
    <form onSubmit={submit}>
      <Group align="end" mt="xs">{children}<Button type="submit" loading={pending}>Record</Button></Group>
      {error ? <ProblemAlert error={error} /> : done ? <Text size="sm" c="green.8" mt={4}>Recorded.</Text> : null}
    </form>
  );
}

function ConditionForm({ patientId }: { patientId: string }) {
  const [code, setCode] = useState('');
  const [display, setDisplay] = useState('');
  const [onset, setOnset] = useState(today());
  const m = useRecord(patientId, recordCondition, () => { setCode(''); setDisplay(''); });
  return (
    <Form onSubmit={() => m.mutate({ code: code.trim(), ...(display.trim() ? { display: display.trim() } : {}), onset })} pending={m.isPending} error={m.error} done={m.isSuccess}>
      <TextInput label="SNOMED CT code" value={code} onChange={(e) => setCode(e.currentTarget.value)} required w={180} />
      <TextInput label="Problem" value={display} onChange={(e) => setDisplay(e.currentTarget.value)} w={260} />
      <TextInput label="Diagnosed on" type="date" value={onset} onChange={(e) => setOnset(e.currentTarget.value)} required w={160} />
    </Form>
  );
}

function ObservationForm({ patientId }: { patientId: string }) {
  const [kind, setKind] = useState<ObservationInput['kind']>('blood-pressure');
  const [value, setValue] = useState<string | number>('');
  const [diastolic, setDiastolic] = useState<string | number>('');
  const [answer, setAnswer] = useState<string | null>(null);
  const [on, setOn] = useState(today());
  const m = useRecord(patientId, recordObservation, () => { setValue(''); setDiastolic(''); });
  const body = (): ObservationInput => ({
    kind, observedOn: on,
    ...(!NO_VALUE.has(kind) && value !== '' ? { value: Number(value) } : {}),
    ...(kind === 'blood-pressure' && diastolic !== '' ? { diastolic: Number(diastolic) } : {}),
    ...(kind === 'smoking-status' && answer ? { code: answer } : {}),
  });
  return (
    <Form onSubmit={() => m.mutate(body())} pending={m.isPending} error={m.error} done={m.isSuccess}>
      <Select label="Reading or review" data={KINDS} value={kind} onChange={(v) => v && setKind(v as ObservationInput['kind'])} w={220} allowDeselect={false} />
      {!NO_VALUE.has(kind) && <NumberInput label={kind === 'blood-pressure' ? 'Systolic' : 'Value'} value={value} onChange={setValue} required w={110} decimalScale={1} />}
      {kind === 'blood-pressure' && <NumberInput label="Diastolic" value={diastolic} onChange={setDiastolic} required w={110} />}
      {kind === 'smoking-status' && <Select label="Answer" data={SMOKING} value={answer} onChange={setAnswer} required w={160} />}
      <TextInput label="On" type="date" value={on} onChange={(e) => setOn(e.currentTarget.value)} required w={160} />
    </Form>
  );
}

function AllergyForm({ patientId }: { patientId: string }) {
  const [display, setDisplay] = useState('');
  const [reaction, setReaction] = useState('');
  const [code, setCode] = useState('');
  const [on, setOn] = useState(today());
  const m = useRecord(patientId, recordAllergy, () => { setDisplay(''); setReaction(''); setCode(''); });
  return (
    <Form onSubmit={() => m.mutate({ display: display.trim(), recordedOn: on, ...(reaction.trim() ? { reaction: reaction.trim() } : {}), ...(code.trim() ? { code: code.trim() } : {}) })} pending={m.isPending} error={m.error} done={m.isSuccess}>
      <TextInput label="Allergic to" value={display} onChange={(e) => setDisplay(e.currentTarget.value)} required w={220} />
      <TextInput label="Reaction" value={reaction} onChange={(e) => setReaction(e.currentTarget.value)} w={200} />
      <TextInput label="SNOMED CT code (if known)" value={code} onChange={(e) => setCode(e.currentTarget.value)} w={200} />
      <TextInput label="Recorded on" type="date" value={on} onChange={(e) => setOn(e.currentTarget.value)} required w={160} />
    </Form>
  );
}

function MedicationForm({ patientId }: { patientId: string }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [started, setStarted] = useState(today());
  const [ended, setEnded] = useState('');
  const [repeat, setRepeat] = useState(true);
  const m = useRecord(patientId, recordMedication, () => { setName(''); setCode(''); setEnded(''); });
  return (
    <Form onSubmit={() => m.mutate({ name: name.trim(), startedOn: started, repeat, ...(ended ? { endedOn: ended } : {}), ...(code.trim() ? { code: code.trim() } : {}) })} pending={m.isPending} error={m.error} done={m.isSuccess}>
      <TextInput label="Medicine" value={name} onChange={(e) => setName(e.currentTarget.value)} required w={240} />
      <TextInput label="dm+d code (if known)" value={code} onChange={(e) => setCode(e.currentTarget.value)} w={180} />
      <TextInput label="Started on" type="date" value={started} onChange={(e) => setStarted(e.currentTarget.value)} required w={160} />
      <TextInput label="Ended on (if stopped)" type="date" value={ended} onChange={(e) => setEnded(e.currentTarget.value)} w={160} />
      <Checkbox label="Repeat" checked={repeat} onChange={(e) => setRepeat(e.currentTarget.checked)} mb={8} />
    </Form>
  );
}

/** Below the clinical summary: record a problem, a reading or review, a medicine or an allergy. */
export function RecordForms({ patientId }: { patientId: string }) {
  return (
    <Paper withBorder p="md" aria-label="Record on the clinical summary">
      <Tabs defaultValue="observation" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="observation">Add a reading or review</Tabs.Tab>
          <Tabs.Tab value="condition">Add a problem</Tabs.Tab>
          <Tabs.Tab value="medication">Add a medicine</Tabs.Tab>
          <Tabs.Tab value="allergy">Add an allergy</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="observation"><ObservationForm patientId={patientId} /></Tabs.Panel>
        <Tabs.Panel value="condition"><ConditionForm patientId={patientId} /></Tabs.Panel>
        <Tabs.Panel value="medication"><MedicationForm patientId={patientId} /></Tabs.Panel>
        <Tabs.Panel value="allergy"><AllergyForm patientId={patientId} /></Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
