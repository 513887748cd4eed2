import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { useNetwork } from '../network/queries.ts';
import { formatNhsNumber, registerPatient, updatePatient, type Patient, type PatientDetails } from './api.ts';
import { patientKeys, usePatient } from './queries.ts';

const SEXES = [{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }, { value: 'other', label: 'Other' }, { value: 'unknown', label: 'Not known' }];
type Form = Record<keyof PatientDetails, string>;
const EMPTY: Form = { nhsNumber: '', practiceId: '', givenName: '', familyName: '', dateOfBirth: '', sex: 'unknown', address: '', postcode: '', phone: '', email: '', interpreterLanguage: '', reasonableAdjustments: '' };

function fromPatient(p: Patient): Form {
  return {
    nhsNumber: p.nhsNumber, practiceId: p.practiceId, givenName: p.givenName, familyName: p.familyName, dateOfBirth: p.dateOfBirth, sex: p.sex,
    address: p.address ?? '', postcode: p.postcode ?? '', phone: p.phone ?? '', email: p.email ?? '', interpreterLanguage: p.interpreterLanguage ?? '', reasonableAdjustments: p.reasonableAdjustments ?? '',
  };
}

/** The practices this person may register at: the one they work for now, or every practice when they work for the PCN. */
function usePracticeChoices() {
  const session = useSignedIn();
  const network = useNetwork();
  const active = session.organisations.find((o) => o.id === session.activeOrganisationId);
  const practices = (network.data?.organisations ?? []).filter((o) => o.kind === 'practice');
  return active?.kind === 'pcn' ? practices : practices.filter((o) => o.id === session.activeOrganisationId);
}

/** Register a patient at reception (/patients/new) or change their details (/patients/:id/edit). */
export function PatientFormPage() {
  const { patientId } = useParams();
  const existing = usePatient(patientId ?? '', { enabled: !!patientId });
  const practices = usePracticeChoices();
  const [form, setForm] = useState<Form>(EMPTY);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(() => { if (existing.data) setForm(fromPatient(existing.data)); }, [existing.data]);
  useEffect(() => { if (!patientId && !form.practiceId && practices.length === 1) setForm((f) => ({ ...f, practiceId: practices[0].id })); }, [practices.length]);

  const save = useMutation({
    mutationFn: () => {
      // Empty optional boxes are left out rather than sent as "".
      const filled = Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()])) as unknown as PatientDetails;
      if (!patientId) return registerPatient({ ...filled, nhsNumber: filled.nhsNumber.replace(/[\s-]/g, '') });
      const { nhsNumber: _n, ...changes } = filled;
      return updatePatient(patientId, changes);
    },
    onSuccess: (p) => {
      queryClient.setQueryData(patientKeys.one(p.id), p);
      navigate(`/patients/${p.id}`);
    },
  });
  const fieldError = (name: keyof PatientDetails) => (save.error instanceof Problem ? save.error.errors.find((e) => e.pointer === `/body/${name}`)?.detail : undefined);
  const field = (name: keyof PatientDetails) => ({ value: form[name], onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [name]: e.currentTarget.value }), error: fieldError(name) });

  if (patientId && existing.isLoading) return <Loader aria-label="Loading the patient" />;
  if (patientId && existing.error) return <ProblemAlert error={existing.error} />;
  return (
    <Stack maw={760}>
      <Anchor component={Link} to={patientId ? `/patients/${patientId}` : '/patients'} size="sm">← Back</Anchor>
      <Title order={1}>{patientId ? 'Change patient details' : 'Register a patient'}</Title>
      <Paper withBorder p="lg" component="form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} title={patientId ? 'The details were not saved' : 'The patient was not registered'} />}
          {patientId
            ? <Text>NHS number <strong>{formatNhsNumber(form.nhsNumber)}</strong> (it never changes)</Text>
            : <TextInput label="NHS number" description="10 digits; Commons checks the check digit" required autoFocus inputMode="numeric" {...field('nhsNumber')} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Given name" required {...field('givenName')} />
            <TextInput label="Family name" required {...field('familyName')} />
            <TextInput label="Date of birth" type="date" required {...field('dateOfBirth')} />
            <Select label="Sex" data={SEXES} value={form.sex} onChange={(v) => setForm({ ...form, sex: v ?? 'unknown' })} allowDeselect={false} error={fieldError('sex')} />
          </SimpleGrid>
          <Select
            label="Registered practice" required data={practices.map((o) => ({ value: o.id, label: `${o.name} (${o.odsCode})` }))} value={form.practiceId || null}
            onChange={(v) => setForm({ ...form, practiceId: v ?? '' })} error={fieldError('practiceId')}
            description={practices.length === 0 ? 'You can register patients only while working for a practice (or the PCN).' : undefined}
          />
          <Textarea label="Address" autosize minRows={2} {...field('address')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Postcode" {...field('postcode')} />
            <TextInput label="Phone" type="tel" {...field('phone')} />
            <TextInput label="Email" type="email" {...field('email')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Interpreter language" description="Leave empty when none is needed" {...field('interpreterLanguage')} />
            <TextInput label="Reasonable adjustments" {...field('reasonableAdjustments')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!form.practiceId}>{patientId ? 'Save changes' : 'Register patient'}</Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
