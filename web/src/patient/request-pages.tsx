import { Button, CharacterCount, Radios, TextInput, Textarea } from 'nhsuk-react-components';
import type { FollowUpQuestion } from './api.ts';
import { ADMIN_KINDS, TYPE_LABELS, type Draft } from './flow.ts';
import { whose, type PageProps } from './identity-pages.tsx';
import { errorFor, Page } from './Layout.tsx';

function Continue({ busy }: { busy: boolean }) {
  return <Button type="submit" disabled={busy} aria-disabled={busy}>{busy ? 'Please wait…' : 'Continue'}</Button>;
}

export function TypePage({ draft, errors, busy, change, next, back }: PageProps) {
  return (
    <Page title="What do you need help with?" onBack={back} errors={errors}>
      {draft.practiceName && <p>We found {whose(draft)} details. This request will go to {draft.practiceName} and the team that works with them.</p>}
      <form noValidate onSubmit={(e) => { e.preventDefault(); next(); }}>
        <Radios name="type" legend="What do you need help with?" legendProps={{ className: 'nhsuk-u-visually-hidden' }} error={errorFor(errors, 'type')}>
          {(Object.keys(TYPE_LABELS) as NonNullable<Draft['type']>[]).map((t, i) => (
            <Radios.Item key={t} id={i === 0 ? 'type' : `type-${t}`} value={t} checked={draft.type === t} onChange={() => change({ type: t })}>{TYPE_LABELS[t]}</Radios.Item>
          ))}
        </Radios>
        <Continue busy={busy} />
      </form>
    </Page>
  );
}

export function AdminKindPage({ draft, errors, busy, change, next, back }: PageProps) {
  return (
    <Page title="What admin help do you need?" onBack={back} errors={errors}>
      <form noValidate onSubmit={(e) => { e.preventDefault(); next(); }}>
        <Radios name="adminKind" legend="What admin help do you need?" legendProps={{ className: 'nhsuk-u-visually-hidden' }} error={errorFor(errors, 'adminKind')}>
          {ADMIN_KINDS.map((k, i) => (
            <Radios.Item key={k.value} id={i === 0 ? 'adminKind' : `adminKind-${k.value}`} value={k.value} hint={k.hint} checked={draft.adminKind === k.value}
              onChange={() => change({ adminKind: k.value })}>{k.label}</Radios.Item>
          ))}
        </Radios>
        <Continue busy={busy} />
      </form>
    </Page>
  );
}

export function DescriptionPage({ draft, errors, busy, change, next, back }: PageProps) {
  const title = draft.type === 'admin' ? 'Tell us what you need' : draft.who === 'proxy' ? 'Describe their problem in your own words' : 'Describe your problem in your own words';
  return (
    <Page title={title} onBack={back} errors={errors}>
      <p>Include what the problem is, when it started and anything that makes it better or worse.</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); next(); }}>
        <CharacterCount id="description" name="description" label={title} labelProps={{ className: 'nhsuk-u-visually-hidden' }} maxLength={5000} rows={8}
          hint="Do not include anything you would not want a clinician at the practice to read." value={draft.description} error={errorFor(errors, 'description')}
          onChange={(e) => change({ description: e.currentTarget.value })} />
        <Continue busy={busy} />
      </form>
    </Page>
  );
}

/** One follow-up question chosen by the triage engine: yes/no, a choice (PHQ-9, GAD-7), a number or free text. */
export function QuestionPage({ draft, errors, busy, change, next, back, question }: PageProps & { question: FollowUpQuestion }) {
  const value = draft.answers[question.id];
  const set = (v: string | number | boolean | undefined) => {
    const answers = { ...draft.answers };
    if (v === undefined || v === '') delete answers[question.id];
    else answers[question.id] = v;
    change({ answers });
  };
  const isMood = /^(phq9|gad7)_/.test(question.id);
  const title = question.text;
  const error = errorFor(errors, question.id);
  return (
    <Page title={title} onBack={back} errors={errors}>
      {isMood && <p className="nhsuk-body">{question.hint}</p>}
      <form noValidate onSubmit={(e) => { e.preventDefault(); next(); }}>
        {question.kind === 'yesno' && (
          <Radios name={question.id} inline legend={title} legendProps={{ className: 'nhsuk-u-visually-hidden' }} hint={question.hint} error={error}>
            <Radios.Item id={question.id} value="yes" checked={value === true} onChange={() => set(true)}>Yes</Radios.Item>
            <Radios.Item id={`${question.id}-no`} value="no" checked={value === false} onChange={() => set(false)}>No</Radios.Item>
          </Radios>
        )}
        {question.kind === 'choice' && (
          <Radios name={question.id} legend={title} legendProps={{ className: 'nhsuk-u-visually-hidden' }} hint={isMood ? undefined : question.hint} error={error}>
            {(question.options ?? []).map((o, i) => (
              <Radios.Item key={String(o.value)} id={i === 0 ? question.id : `${question.id}-${i}`} value={String(o.value)} checked={String(value) === String(o.value)}
                onChange={() => set(o.value)}>{o.label}</Radios.Item>
            ))}
          </Radios>
        )}
        {question.kind === 'number' && (
          <TextInput id={question.id} name={question.id} label={title} labelProps={{ className: 'nhsuk-u-visually-hidden' }} hint={question.hint} inputMode="decimal" width={4}
            value={value === undefined ? '' : String(value)} error={error} onChange={(e) => set(e.currentTarget.value.trim() === '' ? undefined : e.currentTarget.value.trim())} />
        )}
        {question.kind === 'text' && (
          <Textarea id={question.id} name={question.id} label={title} labelProps={{ className: 'nhsuk-u-visually-hidden' }} hint={`${question.hint} (optional)`} rows={4} maxLength={500}
            value={value === undefined ? '' : String(value)} error={error} onChange={(e) => set(e.currentTarget.value || undefined)} />
        )}
        <Continue busy={busy} />
      </form>
    </Page>
  );
}
