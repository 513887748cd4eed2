import { useState } from 'react';
import { Button, Checkboxes, DateInput, Fieldset, Textarea, TextInput } from 'nhsuk-react-components';
import { apiRequest, Problem, type BodyOf } from '../api/client.ts';
import { isValidNhsNumber } from '../../../src/platform/nhs-number.ts';
import { isValidPostcode } from '../../../src/platform/postcode.ts';
import { checkDateOfBirth, type FieldProblem } from './flow.ts';
import { errorFor, Page } from './Layout.tsx';

// The patients' self-referral to a social prescribing link worker (/refer-yourself): NHS design
// system, three short pages (about you, what would help, agreement), then a confirmation.

const SERVICE = 'Get support from a social prescriber';
type Body = BodyOf<'/api/v1/social-prescribing/self-referrals'>;
const REASONS: [Body['reasons'][number], string][] = [
  ['loneliness-isolation', 'Feeling lonely or cut off'], ['low-mood-anxiety', 'Feeling low, worried or stressed'], ['money-debt-benefits', 'Money, debt or benefits'],
  ['housing', 'Housing'], ['carer-support', 'Caring for someone'], ['physical-activity', 'Getting more active'], ['weight-healthy-eating', 'Healthy eating or weight'],
  ['long-term-condition-support', 'Living with a long-term health condition'], ['bereavement', 'Losing someone close'], ['employment-education', 'Work, volunteering or learning'],
  ['digital-inclusion', 'Getting online'], ['other', 'Something else'],
];

type Step = 'you' | 'help' | 'agree' | 'done';

export function SelfReferralApp() {
  const [step, setStep] = useState<Step>('you');
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [d, setD] = useState({ givenName: '', familyName: '', dob: { day: '', month: '', year: '' }, nhsNumber: '', postcode: '', reasons: [] as string[], note: '', consent: false });
  const [message, setMessage] = useState('');
  const change = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const go = (to: Step) => { setErrors([]); setStep(to); window.scrollTo(0, 0); };

  const checkYou = (): FieldProblem[] => {
    const p: FieldProblem[] = [];
    if (!d.givenName.trim()) p.push({ field: 'givenName', message: 'Enter your first name' });
    if (!d.familyName.trim()) p.push({ field: 'familyName', message: 'Enter your last name' });
    const dob = checkDateOfBirth(d.dob);
    if (dob.problem) p.push({ field: 'dob-day', message: dob.problem });
    if (d.nhsNumber.trim() && !isValidNhsNumber(d.nhsNumber)) p.push({ field: 'nhsNumber', message: 'Enter a valid NHS number, like 485 777 3456' });
    if (!d.nhsNumber.trim() && !isValidPostcode(d.postcode)) p.push({ field: 'postcode', message: d.postcode.trim() ? 'Enter a real postcode, like LS1 4AP' : 'Enter your NHS number or your postcode' });
    return p;
  };

  const send = async () => {
    if (!d.consent) return setErrors([{ field: 'consent', message: 'Tick the box to say you agree, or ask at your GP practice instead' }]);
    setBusy(true);
    try {
      const body: Body = {
        givenName: d.givenName.trim(), familyName: d.familyName.trim(), dateOfBirth: checkDateOfBirth(d.dob).iso!, reasons: d.reasons as Body['reasons'], consent: true,
        ...(d.nhsNumber.trim() ? { nhsNumber: d.nhsNumber.replace(/\s/g, '') } : { postcode: d.postcode.trim() }), ...(d.note.trim() ? { note: d.note.trim() } : {}),
      };
      const res = await apiRequest<{ message: string }>('/social-prescribing/self-referrals', { method: 'POST', body, credentials: 'omit' });
      setMessage(res.message);
      go('done');
    } catch (e) {
      const p = e instanceof Problem ? e : null;
      const field = p?.errors[0]?.pointer === '/body/consent' ? 'consent' : 'submit';
      setErrors([{ field, message: p?.detail || 'Something went wrong. Please try again, or ask at your GP practice.' }]);
    } finally {
      setBusy(false);
    }
  };

  const form = (next: () => void, label = 'Continue') => (children: React.ReactNode) => (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (!busy) next(); }}>
      {children}
      <Button type="submit" disabled={busy} aria-disabled={busy}>{busy ? 'Please wait…' : label}</Button>
    </form>
  );

  if (step === 'you') {
    return (
      <Page title="About you" errors={errors} service={SERVICE} home="/refer-yourself">
        <p>A social prescriber (link worker) can give you time to talk about what matters to you and help you find local groups, activities and advice. We need to find your GP record first.</p>
        {form(() => { const p = checkYou(); if (p.length) setErrors(p); else go('help'); })(
          <>
            <TextInput id="givenName" label="First name" autoComplete="given-name" value={d.givenName} error={errorFor(errors, 'givenName')} onChange={(e) => change({ givenName: e.currentTarget.value })} />
            <TextInput id="familyName" label="Last name" autoComplete="family-name" value={d.familyName} error={errorFor(errors, 'familyName')} onChange={(e) => change({ familyName: e.currentTarget.value })} />
            <DateInput id="dob" legend="Date of birth" hint="For example, 15 3 1984" error={errorFor(errors, 'dob-day')} value={d.dob} onChange={(e) => change({ dob: { ...d.dob, ...(e.target.value ?? {}) } })}>
              <DateInput.Day id="dob-day" autoComplete="bday-day" />
              <DateInput.Month id="dob-month" autoComplete="bday-month" />
              <DateInput.Year id="dob-year" autoComplete="bday-year" />
            </DateInput>
            <TextInput id="nhsNumber" label="NHS number (if you know it)" hint="10 digits, like 485 777 3456" inputMode="numeric" width={10} value={d.nhsNumber} error={errorFor(errors, 'nhsNumber')} onChange={(e) => change({ nhsNumber: e.currentTarget.value })} />
            <TextInput id="postcode" label="Postcode (if you do not know your NHS number)" autoComplete="postal-code" width={10} value={d.postcode} error={errorFor(errors, 'postcode')} onChange={(e) => change({ postcode: e.currentTarget.value })} />
          </>,
        )}
      </Page>
    );
  }
  if (step === 'help') {
    return (
      <Page title="What would you like help with?" onBack={() => go('you')} errors={errors} service={SERVICE} home="/refer-yourself">
        {form(() => (d.reasons.length ? go('agree') : setErrors([{ field: 'reasons', message: 'Select at least one thing you would like help with' }])))(
          <>
            <Checkboxes id="reasons" name="reasons" legend="Select all that apply" error={errorFor(errors, 'reasons')}>
              {REASONS.map(([value, label], i) => (
                <Checkboxes.Item key={value} id={i === 0 ? 'reasons' : `reasons-${value}`} value={value} checked={d.reasons.includes(value)}
                  onChange={(e) => change({ reasons: e.currentTarget.checked ? [...d.reasons, value] : d.reasons.filter((r) => r !== value) })}>{label}</Checkboxes.Item>
              ))}
            </Checkboxes>
            <Textarea id="note" label="Anything else you would like the link worker to know (optional)" maxLength={2000} value={d.note} onChange={(e) => change({ note: e.currentTarget.value })} />
          </>,
        )}
      </Page>
    );
  }
  if (step === 'agree') {
    return (
      <Page title="Check and send" onBack={() => go('help')} errors={errors} service={SERVICE} home="/refer-yourself">
        <p>A link worker from your GP practice's primary care network will see your name, date of birth and contact details from your GP record, and what you told us. They will contact you, usually within 2 weeks.</p>
        <p>This is not an emergency service. If you feel you cannot cope or might harm yourself, call 111 (option 2 for mental health) or 999 in an emergency.</p>
        {form(send, 'Send')(
          <Fieldset>
            <Checkboxes id="consent" name="consent" error={errorFor(errors, 'consent') ?? errorFor(errors, 'submit')}>
              <Checkboxes.Item id="consent" value="yes" checked={d.consent} onChange={(e) => change({ consent: e.currentTarget.checked })}>I agree to be referred to a social prescribing link worker</Checkboxes.Item>
            </Checkboxes>
          </Fieldset>,
        )}
      </Page>
    );
  }
  return (
    <Page title="Thank you" service={SERVICE} home="/refer-yourself">
      <div className="nhsuk-panel"><p>{message}</p></div>
    </Page>
  );
}
