import { Button, DateInput, Fieldset, Radios, TextInput } from 'nhsuk-react-components';
import type { Draft, FieldProblem } from './flow.ts';
import { errorFor, Page } from './Layout.tsx';

export interface PageProps {
  draft: Draft;
  errors: FieldProblem[];
  busy: boolean;
  change: (patch: Partial<Draft>) => void;
  next: () => void;
  back: () => void;
}

/** "your" or "their", so every question reads naturally when someone asks for another person. */
export const whose = (d: Draft) => (d.who === 'proxy' ? 'their' : 'your');

function Form({ next, busy, children, label = 'Continue' }: { next: () => void; busy: boolean; children: React.ReactNode; label?: string }) {
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (!busy) next(); }}>
      {children}
      <Button type="submit" disabled={busy} aria-disabled={busy}>{busy ? 'Please wait…' : label}</Button>
    </form>
  );
}

export function WhoPage({ draft, errors, busy, change, next, back }: PageProps) {
  return (
    <Page title="Who is this request for?" onBack={back} errors={errors}>
      <Form next={next} busy={busy}>
        <Radios name="who" legend="Who is this request for?" legendProps={{ className: 'nhsuk-u-visually-hidden' }} error={errorFor(errors, 'who')}>
          <Radios.Item id="who" value="patient" checked={draft.who === 'patient'} onChange={() => change({ who: 'patient' })}>Me</Radios.Item>
          <Radios.Item id="who-proxy" value="proxy" checked={draft.who === 'proxy'} onChange={() => change({ who: 'proxy' })}
            hint="For example, your child or someone you care for. You need their permission, unless they are under 16 or cannot give it.">
            Someone else
          </Radios.Item>
        </Radios>
      </Form>
    </Page>
  );
}

export function ProxyPage({ draft, errors, busy, change, next, back }: PageProps) {
  return (
    <Page title="About you" onBack={back} errors={errors}>
      <p>We need to know who is asking for the person you are helping.</p>
      <Form next={next} busy={busy}>
        <TextInput id="proxyName" name="proxyName" label="Your full name" autoComplete="name" value={draft.proxyName} error={errorFor(errors, 'proxyName')}
          onChange={(e) => change({ proxyName: e.currentTarget.value })} />
        <TextInput id="proxyRelationship" name="proxyRelationship" label="How do you know them?" hint="For example, parent, partner or carer" width={20}
          value={draft.proxyRelationship} error={errorFor(errors, 'proxyRelationship')} onChange={(e) => change({ proxyRelationship: e.currentTarget.value })} />
      </Form>
    </Page>
  );
}

export function NamePage({ draft, errors, busy, change, next, back }: PageProps) {
  const self = draft.who !== 'proxy';
  return (
    <Page title={self ? 'What is your name?' : 'What is their name?'} onBack={back} errors={errors}>
      <Form next={next} busy={busy}>
        <TextInput id="givenName" name="givenName" label="First name" autoComplete={self ? 'given-name' : 'off'} value={draft.givenName} error={errorFor(errors, 'givenName')}
          onChange={(e) => change({ givenName: e.currentTarget.value })} />
        <TextInput id="familyName" name="familyName" label="Last name" autoComplete={self ? 'family-name' : 'off'} value={draft.familyName} error={errorFor(errors, 'familyName')}
          onChange={(e) => change({ familyName: e.currentTarget.value })} />
      </Form>
    </Page>
  );
}

export function DobPage({ draft, errors, busy, change, next, back }: PageProps) {
  const title = `What is ${whose(draft)} date of birth?`;
  return (
    <Page title={title} onBack={back} errors={errors}>
      <Form next={next} busy={busy}>
        <DateInput id="dob" name="dob" legend={title} legendProps={{ className: 'nhsuk-u-visually-hidden' }} hint="For example, 15 3 1984" error={errorFor(errors, 'dob-day')}
          value={draft.dob} onChange={(e) => change({ dob: { ...draft.dob, ...(e.target.value ?? {}) } })}>
          <DateInput.Day id="dob-day" autoComplete={draft.who === 'proxy' ? 'off' : 'bday-day'} />
          <DateInput.Month id="dob-month" autoComplete={draft.who === 'proxy' ? 'off' : 'bday-month'} />
          <DateInput.Year id="dob-year" autoComplete={draft.who === 'proxy' ? 'off' : 'bday-year'} />
        </DateInput>
      </Form>
    </Page>
  );
}

export function IdPage({ draft, errors, busy, change, next, back }: PageProps) {
  const title = `Do you know ${whose(draft)} NHS number?`;
  return (
    <Page title={title} onBack={back} errors={errors}>
      <p>It is a 10 digit number, like 485 777 3456. You can find it on a letter from the NHS, on a prescription or in the NHS App.</p>
      <Form next={next} busy={busy} label="Find my details">
        <Fieldset>
          <Radios name="idKind" legend={title} legendProps={{ className: 'nhsuk-u-visually-hidden' }} error={errorFor(errors, 'idKind')}>
            <Radios.Item id="idKind" value="nhs" checked={draft.idKind === 'nhs'} onChange={() => change({ idKind: 'nhs' })}
              conditional={<TextInput id="nhsNumber" name="nhsNumber" label="NHS number" inputMode="numeric" width={10} value={draft.nhsNumber} error={errorFor(errors, 'nhsNumber')}
                onChange={(e) => change({ nhsNumber: e.currentTarget.value })} />}>
              Yes
            </Radios.Item>
            <Radios.Item id="idKind-postcode" value="postcode" checked={draft.idKind === 'postcode'} onChange={() => change({ idKind: 'postcode' })}
              conditional={<TextInput id="postcode" name="postcode" label={`${draft.who === 'proxy' ? 'Their' : 'Your'} postcode`} autoComplete={draft.who === 'proxy' ? 'off' : 'postal-code'} width={10}
                value={draft.postcode} error={errorFor(errors, 'postcode')} onChange={(e) => change({ postcode: e.currentTarget.value })} />}>
              No, use {whose(draft)} postcode instead
            </Radios.Item>
          </Radios>
        </Fieldset>
      </Form>
    </Page>
  );
}
