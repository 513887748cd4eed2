import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Grid, Group, Loader, NumberInput, Paper, Progress, SegmentedControl, Select, Stack, Table, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { formatNhsNumber } from '../patients/api.ts';
import { useSignedIn } from '../identity/queries.ts';
import { change, type Referral, type Status } from './api.ts';
import { CONTACT_WORDS, DISCHARGE_WORDS, ONS4_LABELS, ONS4_QUESTIONS, REFERRAL_REASON_WORDS, SOURCE_WORDS, STATUS_WORDS } from './labels.ts';
import { useReferral, useReferralChange, useSettings } from './queries.ts';
import { OfferPicker } from './OfferPicker.tsx';
import { SWEMWBS_ITEMS, swemwbsScore } from '../../../../src/modules/social-prescribing/wellbeing.ts';

/** One person's social prescribing plan: conversations, goals, onward referrals and wellbeing scores. */
export function PlanPage() {
  const { referralId = '' } = useParams();
  const referral = useReferral(referralId);
  if (referral.isLoading) return <Loader aria-label="Loading the plan" />;
  if (referral.error || !referral.data) return <ProblemAlert error={referral.error} />;
  const r = referral.data;
  const open = r.status !== 'discharged';
  return (
    <Stack>
      <Anchor component={Link} to="/social-prescribing" size="sm">← Caseload</Anchor>
      <Header r={r} />
      {r.safeguardingConcerns.length > 0 && (
        <Alert color="red" title="Safeguarding concern">
          {r.safeguardingConcerns.map((c) => <Text key={c.id} size="sm">{formatDay(c.raisedAt)}: {c.concern} · sent to {c.lead?.name ?? 'all link workers (no lead named)'}{c.acknowledgedAt ? ' · acknowledged' : ''}</Text>)}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Conversations r={r} open={open} />
            <Goals r={r} open={open} />
            <Onward r={r} open={open} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Wellbeing r={r} />
            <Swemwbs r={r} />
            {open && <Discharge r={r} />}
            <Safeguarding r={r} />
            <History r={r} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Header({ r }: { r: Referral }) {
  const me = useSignedIn();
  const take = useReferralChange(() => change.allocate(r.id));
  const status = useReferralChange((s: Status) => change.status(r.id, { status: s as 'new' }));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1} size="h2">{r.patient.name}</Title>
          <Text size="sm">{r.patient.age} years · NHS {formatNhsNumber(r.patient.nhsNumber)} · {r.patient.practiceName}{r.patientContact.phone && ` · ${r.patientContact.phone}`}</Text>
          <Text size="sm">{SOURCE_WORDS[r.source]}{r.referredBy && ` by ${r.referredBy.name}`} on {formatDay(r.referredAt)}: {r.reasons.map((x) => REFERRAL_REASON_WORDS[x] ?? x).join(', ')}</Text>
          {r.reasonNote && <Text size="sm" c="dimmed">"{r.reasonNote}"</Text>}
          <Text size="xs" c="dimmed">SNOMED CT {r.referralCode} referral to social prescribing service{r.declinedCode && ` · ${r.declinedCode} social prescribing declined`}</Text>
        </Stack>
        <Stack gap="xs" align="end">
          <Group gap="xs">
            <Badge size="lg">{STATUS_WORDS[r.status]}</Badge>
            {r.safeguarding && <Badge size="lg" color="red">Safeguarding</Badge>}
          </Group>
          <Text size="sm">{r.linkWorker ? `Link worker: ${r.linkWorker.name}` : 'Not yet allocated'}</Text>
          {r.status !== 'discharged' && r.linkWorker?.staffId !== me.staffId && <Button size="xs" onClick={() => take.mutate(undefined)} loading={take.isPending}>Take this referral</Button>}
          {r.status !== 'discharged' && (
            <SegmentedControl size="xs" value={r.status} onChange={(v) => status.mutate(v as Status)} aria-label="Status"
              data={(['new', 'contacted', 'active', 'on-hold'] as const).map((s) => ({ value: s, label: STATUS_WORDS[s] }))} />
          )}
          <Text size="xs" c="dimmed">{r.contacts} contacts · {r.minutes} minutes</Text>
        </Stack>
      </Group>
      <ProblemAlert error={take.error ?? status.error} />
    </Paper>
  );
}

function Conversations({ r, open }: { r: Referral; open: boolean }) {
  const [kind, setKind] = useState<string | null>('phone');
  const [minutes, setMinutes] = useState<number | string>(30);
  const [whatMatters, setWhatMatters] = useState('');
  const [note, setNote] = useState('');
  const add = useReferralChange(() => change.contact(r.id, { kind: kind as 'phone', minutes: Number(minutes), ...(whatMatters.trim() ? { whatMatters: whatMatters.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Conversations: what matters to me</Title>
      <Stack gap="xs">
        {r.conversations.map((c) => (
          <Paper key={c.id} p="xs" bg="gray.0">
            <Text size="xs" c="dimmed">{formatDay(c.at)} {formatTime(c.at)} · {CONTACT_WORDS[c.kind]} · {c.minutes} min · {c.by?.name}</Text>
            {c.whatMatters && <Text size="sm"><b>What matters:</b> {c.whatMatters}</Text>}
            {c.note && <Text size="sm">{c.note}</Text>}
          </Paper>
        ))}
        {r.conversations.length === 0 && <Text size="sm" c="dimmed">No contacts yet.</Text>}
        {open && (
          <Stack gap="xs" mt="xs">
            <Group grow>
              <Select label="Contact" data={Object.entries(CONTACT_WORDS).map(([value, label]) => ({ value, label }))} value={kind} onChange={setKind} />
              <NumberInput label="Minutes" min={1} max={600} value={minutes} onChange={setMinutes} />
            </Group>
            <Textarea label="What matters to them (their words)" autosize minRows={2} maxLength={5000} value={whatMatters} onChange={(e) => setWhatMatters(e.currentTarget.value)} />
            <Textarea label="Notes" autosize minRows={1} maxLength={5000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <ProblemAlert error={add.error} />
            <Group><Button size="xs" loading={add.isPending} onClick={() => add.mutate(undefined, { onSuccess: () => { setWhatMatters(''); setNote(''); } })}>Record contact</Button></Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Goals({ r, open }: { r: Referral; open: boolean }) {
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(r.patient.name.split(' ')[0]);
  const [targetDate, setTargetDate] = useState('');
  const add = useReferralChange(() => change.goal(r.id, { description: description.trim(), owner: owner.trim(), ...(targetDate ? { targetDate } : {}) }));
  const progress = useReferralChange((v: { goalId: string; progress: number }) => change.goalProgress(r.id, v.goalId, { progress: v.progress }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Personalised support plan</Title>
      <Stack gap="xs">
        {r.goals.map((g) => (
          <Paper key={g.id} p="xs" bg="gray.0">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>{g.description}</Text>
              <Badge color={g.status === 'achieved' ? 'green' : g.status === 'stopped' ? 'gray' : 'blue'} variant="light">{g.status}</Badge>
            </Group>
            <Text size="xs" c="dimmed">Owner: {g.owner}{g.targetDate && ` · by ${g.targetDate}`}{g.progressNote && ` · ${g.progressNote}`}</Text>
            <Group gap="xs" mt={4} wrap="nowrap">
              <Progress value={g.progress} style={{ flex: 1 }} aria-label={`Progress ${g.progress}%`} />
              {[25, 50, 75, 100].map((p) => <Button key={p} size="compact-xs" variant={g.progress >= p ? 'filled' : 'default'} onClick={() => progress.mutate({ goalId: g.id, progress: p })}>{p}%</Button>)}
            </Group>
          </Paper>
        ))}
        {open && (
          <Group align="end" grow>
            <TextInput label="New goal" placeholder="e.g. Go to the walking group once a week" maxLength={500} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
            <TextInput label="Owner" maxLength={100} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} />
            <TextInput type="date" label="Target date" value={targetDate} onChange={(e) => setTargetDate(e.currentTarget.value)} />
            <Button size="sm" disabled={!description.trim() || !owner.trim()} loading={add.isPending} onClick={() => add.mutate(undefined, { onSuccess: () => setDescription('') })}>Add goal</Button>
          </Group>
        )}
        <ProblemAlert error={add.error ?? progress.error} />
      </Stack>
    </Paper>
  );
}

function Onward({ r, open }: { r: Referral; open: boolean }) {
  const add = useReferralChange((v: { offerId?: string; offerName?: string }) => change.onward(r.id, v));
  const took = useReferralChange((v: { onwardId: string; takenUp: boolean }) => change.takeUp(r.id, v.onwardId, v.takenUp));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Onward referrals to community offers</Title>
      <Table>
        <Table.Tbody>
          {r.onwardReferrals.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td><Text size="sm" fw={600}>{o.offerName}</Text><Text size="xs" c="dimmed">{formatDay(o.referredAt)}{o.offerCategory && ` · ${o.offerCategory}`}</Text></Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Text size="xs">Took it up?</Text>
                  <Button size="compact-xs" variant={o.takenUp === true ? 'filled' : 'default'} onClick={() => took.mutate({ onwardId: o.id, takenUp: true })}>Yes</Button>
                  <Button size="compact-xs" variant={o.takenUp === false ? 'filled' : 'default'} onClick={() => took.mutate({ onwardId: o.id, takenUp: false })}>No</Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {r.onwardReferrals.length === 0 && <Text size="sm" c="dimmed">None yet.</Text>}
      {open && <OfferPicker busy={add.isPending} onPick={(v) => add.mutate(v)} />}
      <ProblemAlert error={add.error ?? took.error} />
    </Paper>
  );
}

const ONS4_KEYS = ['lifeSatisfaction', 'worthwhile', 'happy', 'anxious'] as const;

function Wellbeing({ r }: { r: Referral }) {
  const ons = r.wellbeing.filter((w) => w.ons4);
  const [timepoint, setTimepoint] = useState<string | null>(ons.length === 0 ? 'first-contact' : r.status === 'discharged' ? 'discharge' : 'review');
  const [scores, setScores] = useState<Record<string, number | string>>({});
  const complete = ONS4_KEYS.every((k) => scores[k] !== undefined && scores[k] !== '');
  const save = useReferralChange(() => change.wellbeing(r.id, { measure: 'ons4', timepoint: timepoint as 'review', ...Object.fromEntries(ONS4_KEYS.map((k) => [k, Number(scores[k])])) }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Wellbeing (ONS4)</Title>
      {ons.length > 0 && (
        <Table>
          <Table.Thead><Table.Tr><Table.Th /> {ons.map((w) => <Table.Th key={w.id}>{w.timepoint === 'first-contact' ? 'First contact' : w.timepoint === 'discharge' ? 'Discharge' : 'Review'}<Text size="xs" c="dimmed">{formatDay(w.at)}</Text></Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {ONS4_KEYS.map((k) => <Table.Tr key={k}><Table.Td><Text size="sm">{ONS4_LABELS[k]}</Text></Table.Td>{ons.map((w) => <Table.Td key={w.id}>{w.ons4![k]}</Table.Td>)}</Table.Tr>)}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs" mt="sm">
        <Select label="When" data={[{ value: 'first-contact', label: 'First contact' }, { value: 'review', label: 'Review' }, { value: 'discharge', label: 'Discharge' }]} value={timepoint} onChange={setTimepoint} />
        {ONS4_KEYS.map((k) => (
          <NumberInput key={k} label={ONS4_QUESTIONS[k]} description={k === 'anxious' ? '0 = not at all anxious, 10 = completely anxious' : '0 = not at all, 10 = completely'} min={0} max={10} clampBehavior="none" allowDecimal={false}
            value={scores[k] ?? ''} onChange={(v) => setScores((s) => ({ ...s, [k]: v }))} />
        ))}
        <ProblemAlert error={save.error} />
        <Group><Button size="xs" disabled={!complete} loading={save.isPending} onClick={() => save.mutate(undefined, { onSuccess: () => setScores({}) })}>Record ONS4</Button></Group>
      </Stack>
    </Paper>
  );
}

const TIMEPOINT_WORDS = { 'first-contact': 'First contact', review: 'Review', discharge: 'Discharge' } as const;
/** SWEMWBS answers, 1–5, in the questionnaire's own words. */
const SWEMWBS_ANSWERS = ['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time'];

/** The short Warwick-Edinburgh scale: seven statements about the last two weeks, each 1–5; the metric score is shown before saving. */
function Swemwbs({ r }: { r: Referral }) {
  const taken = r.wellbeing.filter((w) => w.swemwbs);
  const [timepoint, setTimepoint] = useState<string | null>(taken.length === 0 ? 'first-contact' : r.status === 'discharged' ? 'discharge' : 'review');
  const [items, setItems] = useState<(number | null)[]>(SWEMWBS_ITEMS.map(() => null));
  const complete = items.every((i) => i !== null);
  const preview = complete ? swemwbsScore(items as number[]) : null;
  const save = useReferralChange(() => change.wellbeing(r.id, { measure: 'swemwbs', timepoint: timepoint as 'review', swemwbsItems: items as number[] }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Wellbeing (SWEMWBS, optional)</Title>
      {taken.length > 0 && (
        <Table>
          <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Raw (7–35)</Table.Th><Table.Th>Metric score</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {taken.map((w) => (
              <Table.Tr key={w.id}><Table.Td>{TIMEPOINT_WORDS[w.timepoint]}<Text size="xs" c="dimmed">{formatDay(w.at)}</Text></Table.Td><Table.Td>{w.swemwbs!.raw}</Table.Td><Table.Td>{w.swemwbs!.metric}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs" mt="sm">
        <Text size="xs" c="dimmed">Below are some statements about feelings and thoughts. Choose the answer that best describes their experience of each over the last 2 weeks.</Text>
        <Select label="When" data={Object.entries(TIMEPOINT_WORDS).map(([value, label]) => ({ value, label }))} value={timepoint} onChange={setTimepoint} />
        {SWEMWBS_ITEMS.map((statement, i) => (
          <Select key={statement} label={statement} placeholder="Choose an answer" data={SWEMWBS_ANSWERS.map((label, n) => ({ value: String(n + 1), label: `${n + 1} · ${label}` }))}
            value={items[i] === null ? null : String(items[i])} onChange={(v) => setItems((xs) => xs.map((x, j) => (j === i ? (v ? Number(v) : null) : x)))} />
        ))}
        {preview && <Text size="sm">Raw score {preview.raw}, metric score {preview.metric}</Text>}
        <ProblemAlert error={save.error} />
        <Group><Button size="xs" disabled={!complete} loading={save.isPending} onClick={() => save.mutate(undefined, { onSuccess: () => setItems(SWEMWBS_ITEMS.map(() => null)) })}>Record SWEMWBS</Button></Group>
      </Stack>
    </Paper>
  );
}

function Discharge({ r }: { r: Referral }) {
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const out = useReferralChange(() => change.discharge(r.id, { reason: reason as 'other', ...(note.trim() ? { note: note.trim() } : {}) }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Discharge</Title>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">Record ONS4 at discharge first, so the change can be measured.</Text>
        <Select label="Reason" data={Object.entries(DISCHARGE_WORDS).map(([value, label]) => ({ value, label }))} value={reason} onChange={setReason} />
        <TextInput label="Note" maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ProblemAlert error={out.error} />
        <Group><Button size="xs" color="gray" disabled={!reason} loading={out.isPending} onClick={() => out.mutate(undefined)}>Discharge</Button></Group>
      </Stack>
    </Paper>
  );
}

function Safeguarding({ r }: { r: Referral }) {
  const [concern, setConcern] = useState('');
  const raise = useReferralChange(() => change.safeguarding(r.id, concern.trim()));
  const settings = useSettings();
  const lead = settings.data?.safeguardingLead;
  const sentTo = settings.data ? (lead ? `Sent at once to ${lead.name}, the network's safeguarding lead.` : 'No safeguarding lead is named yet: it goes to every link worker until a PCN manager names one.') : 'Sent at once to the network\'s safeguarding lead.';
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Safeguarding</Title>
      <Stack gap="xs">
        <Textarea label="Raise a concern" description={`${sentTo} If someone is in immediate danger, call 999.`} autosize minRows={2} maxLength={5000} value={concern} onChange={(e) => setConcern(e.currentTarget.value)} />
        <ProblemAlert error={raise.error} />
        <Group><Button size="xs" color="red" disabled={!concern.trim()} loading={raise.isPending} onClick={() => raise.mutate(undefined, { onSuccess: () => setConcern('') })}>Send to the safeguarding lead</Button></Group>
      </Stack>
    </Paper>
  );
}

function History({ r }: { r: Referral }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">History</Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {r.history.map((e) => (
          <Timeline.Item key={e.id} title={<Text size="sm">{e.type}{e.toStatus && ` → ${STATUS_WORDS[e.toStatus] ?? e.toStatus}`}</Text>}>
            <Text size="xs" c="dimmed">{formatDay(e.at)} {formatTime(e.at)}{e.by && ` · ${e.by.name}`}{e.note && ` · ${e.note}`}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {r.status === 'discharged' && <Text size="sm" mt="xs">Discharged {r.dischargedAt && formatDay(r.dischargedAt)}: {DISCHARGE_WORDS[r.dischargeReason ?? 'other']}{r.dischargeNote && ` · ${r.dischargeNote}`}</Text>}
    </Paper>
  );
}
