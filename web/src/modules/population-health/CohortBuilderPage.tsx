import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Chip, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { countCohort, createOutreach, fetchCohorts, fetchMembers, fetchOutreachLists, fetchRegisters, saveCohort, type CohortFilter, type OutreachInput } from './api.ts';

const FRAILTY = [['fit', 'Fit'], ['mild', 'Mild'], ['moderate', 'Moderate'], ['severe', 'Severe']] as const;
const PURPOSES: [OutreachInput['purpose'], string, string][] = [
  ['frailty-review', 'Frailty review', 'gp'], ['medication-review', 'Structured medication review', 'pharmacist'], ['ltc-clinic', 'Long-term conditions clinic', 'nurse'], ['health-check', 'Health check', 'health-wellbeing-coach'],
];

/** Turns the form into a filter, leaving out what is not set (the API reads an absent field as "any"). */
function toFilter(s: { registers: string[]; anyRegister: boolean; ageMin: number | ''; ageMax: number | ''; sex: string | null; frailty: string[]; deciles: string[]; practices: string[]; noReview: number | ''; dnas: number | ''; socialPrescribing: string | null }): CohortFilter {
  return {
    ...(s.registers.length ? { registers: s.registers as CohortFilter['registers'], ...(s.anyRegister ? { anyRegister: true } : {}) } : {}),
    ...(s.ageMin !== '' ? { ageMin: s.ageMin } : {}), ...(s.ageMax !== '' ? { ageMax: s.ageMax } : {}),
    ...(s.sex ? { sex: s.sex as 'female' | 'male' } : {}),
    ...(s.frailty.length ? { frailty: s.frailty as NonNullable<CohortFilter['frailty']> } : {}),
    ...(s.deciles.length ? { imdDeciles: s.deciles.map(Number) } : {}),
    ...(s.practices.length ? { practiceIds: s.practices } : {}),
    ...(s.noReview !== '' ? { noReviewWithinMonths: s.noReview } : {}),
    ...(s.dnas !== '' ? { dnasAtLeast: s.dnas } : {}),
    ...(s.socialPrescribing ? { openSocialPrescribing: s.socialPrescribing === 'open' } : {}),
  };
}

/**
 * The cohort builder: combine registers, age, sex, frailty, deprivation decile, last review, practice,
 * did-not-attends and social prescribing, see the count and its breakdown as you go, save the cohort, see who is in it (clinical
 * roles) and turn it into an outreach list with an invitation.
 */
export function CohortBuilderPage() {
  const qc = useQueryClient();
  const registers = useQuery({ queryKey: ['population-health', 'registers'], queryFn: fetchRegisters });
  const [form, setForm] = useState({ registers: [] as string[], anyRegister: false, ageMin: 65 as number | '', ageMax: '' as number | '', sex: null as string | null, frailty: ['moderate', 'severe'], deciles: ['1', '2', '3'], practices: [] as string[], noReview: 12 as number | '', dnas: '' as number | '', socialPrescribing: null as string | null });
  const filter = toFilter(form);
  const [debounced, setDebounced] = useState(filter);
  const key = JSON.stringify(filter);
  useEffect(() => { const t = setTimeout(() => setDebounced(JSON.parse(key)), 250); return () => clearTimeout(t); }, [key]);
  const count = useQuery({ queryKey: ['population-health', 'count', debounced], queryFn: () => countCohort(debounced) });
  const cohorts = useQuery({ queryKey: ['population-health', 'cohorts'], queryFn: fetchCohorts });
  const outreach = useQuery({ queryKey: ['population-health', 'outreach'], queryFn: fetchOutreachLists });
  const [name, setName] = useState('Moderate or severe frailty, no review in 12 months, most deprived');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({ mutationFn: () => saveCohort(name, filter), onSuccess: (c) => { setSaved(c.id); qc.invalidateQueries({ queryKey: ['population-health', 'cohorts'] }); } });
  const set = <K extends keyof typeof form>(k: K) => (v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  if (registers.isLoading) return <Loader aria-label="Loading" />;
  if (registers.error || !registers.data) return <ProblemAlert error={registers.error} />;
  const practices = registers.data.registers[0]?.practices ?? [];
  return (
    <Stack>
      <Anchor component={Link} to="/population-health" size="sm">← Registers and frailty</Anchor>
      <Title order={1}>Cohort builder</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <div>
              <Text fw={600} size="sm">Registers</Text>
              <Chip.Group multiple value={form.registers} onChange={set('registers')}>
                <Group gap={6}>{registers.data.registers.map((r) => <Chip key={r.id} value={r.id} size="xs">{r.name}</Chip>)}</Group>
              </Chip.Group>
              <Checkbox mt={6} size="xs" label="On any of these (not all)" checked={form.anyRegister} onChange={(e) => set('anyRegister')(e.currentTarget.checked)} />
            </div>
            <Group grow>
              <NumberInput label="Age from" min={0} max={130} value={form.ageMin} onChange={(v) => set('ageMin')(v === '' ? '' : Number(v))} />
              <NumberInput label="to" min={0} max={130} value={form.ageMax} onChange={(v) => set('ageMax')(v === '' ? '' : Number(v))} />
              <Select label="Sex" clearable data={[{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }]} value={form.sex} onChange={set('sex')} />
            </Group>
            <div>
              <Text fw={600} size="sm">Frailty (eFI, 65 and over)</Text>
              <Chip.Group multiple value={form.frailty} onChange={set('frailty')}>
                <Group gap={6}>{FRAILTY.map(([v, l]) => <Chip key={v} value={v} size="xs">{l}</Chip>)}</Group>
              </Chip.Group>
            </div>
            <div>
              <Text fw={600} size="sm">Deprivation decile of home postcode (1 = most deprived)</Text>
              <Chip.Group multiple value={form.deciles} onChange={set('deciles')}>
                <Group gap={4}>{Array.from({ length: 10 }, (_, i) => String(i + 1)).map((d) => <Chip key={d} value={d} size="xs">{d}</Chip>)}</Group>
              </Chip.Group>
            </div>
            <div>
              <Text fw={600} size="sm">Practice</Text>
              <Chip.Group multiple value={form.practices} onChange={set('practices')}>
                <Group gap={6}>{practices.map((p) => <Chip key={p.practiceId} value={p.practiceId} size="xs">{p.practiceName}</Chip>)}</Group>
              </Chip.Group>
            </div>
            <NumberInput label="No review (medication, asthma, COPD, care plan, frailty) in the last … months" min={1} max={120} value={form.noReview} onChange={(v) => set('noReview')(v === '' ? '' : Number(v))} />
            <Group grow align="end">
              <NumberInput label="At least … did-not-attends in the last 12 months" min={1} max={50} value={form.dnas} onChange={(v) => set('dnas')(v === '' ? '' : Number(v))} />
              <Select label="Social prescribing" clearable placeholder="Either" data={[{ value: 'open', label: 'Open episode' }, { value: 'none', label: 'No open episode' }]} value={form.socialPrescribing} onChange={set('socialPrescribing')} />
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          {count.error ? <ProblemAlert error={count.error} /> : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">People matching</Text>
              <Text fw={700} style={{ fontSize: 40 }} aria-live="polite">{count.data ? count.data.total.toLocaleString('en-GB') : '…'}</Text>
              {count.data && (
                <SimpleGrid cols={2}>
                  <Breakdown title="Practice" rows={count.data.byPractice} />
                  <Breakdown title="Frailty" rows={count.data.byFrailty} />
                  <Breakdown title="Decile" rows={count.data.byDecile} />
                  <Breakdown title="Age" rows={count.data.byAgeBand} />
                </SimpleGrid>
              )}
              <Group align="end">
                <TextInput style={{ flex: 1 }} label="Cohort name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
                <Button onClick={() => save.mutate()} loading={save.isPending}>Save cohort</Button>
              </Group>
              {save.error && <ProblemAlert error={save.error} />}
              {saved && <Alert color="green">Saved. It is listed below, shared with the network.</Alert>}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">Saved cohorts</Title>
        {cohorts.error ? <ProblemAlert error={cohorts.error} /> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th ta="right">People today</Table.Th><Table.Th>Saved</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {(cohorts.data?.items ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td><Table.Td ta="right">{c.count}</Table.Td><Table.Td>{new Date(c.createdAt).toLocaleDateString('en-GB')}</Table.Td>
                  <Table.Td><CohortActions cohortId={c.id} name={c.name} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">Outreach lists</Title>
        {outreach.error ? <ProblemAlert error={outreach.error} /> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>List</Table.Th><Table.Th>For</Table.Th><Table.Th ta="right">People</Table.Th><Table.Th>Progress</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {(outreach.data?.items ?? []).map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td><Anchor component={Link} to={`/population-health/outreach/${o.id}`}>{o.name}</Anchor></Table.Td>
                  <Table.Td>{PURPOSES.find((p) => p[0] === o.purpose)?.[1] ?? o.purpose} ({o.role})</Table.Td>
                  <Table.Td ta="right">{o.total}</Table.Td>
                  <Table.Td>{Object.entries(o.byStatus).map(([s, n]) => `${s} ${n}`).join(' · ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}

function Breakdown({ title, rows }: { title: string; rows: { key: string; label: string; count: number }[] }) {
  return (
    <div>
      <Text size="xs" fw={600}>{title}</Text>
      {rows.map((r) => <Text key={r.key} size="xs">{r.label}: {r.count}</Text>)}
    </div>
  );
}

/** Who is in a saved cohort (named, audited), and making it an outreach list. */
function CohortActions({ cohortId, name }: { cohortId: string; name: string }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState<OutreachInput['purpose']>('frailty-review');
  const members = useQuery({ queryKey: ['population-health', 'members', cohortId], queryFn: () => fetchMembers(cohortId), enabled: open });
  const make = useMutation({
    mutationFn: (invite: boolean) => createOutreach(cohortId, { name: `${name}: ${PURPOSES.find((p) => p[0] === purpose)![1]}`, purpose, role: PURPOSES.find((p) => p[0] === purpose)![2], invite }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['population-health', 'outreach'] }),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)}>{open ? 'Hide people' : 'Show people'}</Button>
        <Select size="xs" w={220} data={PURPOSES.map(([v, l]) => ({ value: v, label: l }))} value={purpose} onChange={(v) => v && setPurpose(v as OutreachInput['purpose'])} aria-label="Outreach for" />
        <Button size="xs" onClick={() => make.mutate(true)} loading={make.isPending}>Make outreach list and invite</Button>
      </Group>
      {make.error && <ProblemAlert error={make.error} />}
      {make.data && <Text size="xs" c="green">Outreach list made: {make.data.total} people, {make.data.byStatus.invited ?? 0} invited.</Text>}
      {open && (members.error ? <ProblemAlert error={members.error} /> : (
        <Table fz="xs">
          <Table.Tbody>
            {(members.data?.items ?? []).map((m) => (
              <Table.Tr key={m.patientId}>
                <Table.Td><Anchor component={Link} to={`/patients/${m.patientId}`}>{m.name}</Anchor></Table.Td><Table.Td>{m.age}</Table.Td><Table.Td>{m.practiceName}</Table.Td>
                <Table.Td>{m.frailty ?? ''}</Table.Td><Table.Td>decile {m.imdDecile ?? '?'}</Table.Td><Table.Td>{m.registers.join(', ')}</Table.Td><Table.Td>last review {m.lastReviewOn ?? 'never'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
    </Stack>
  );
}
