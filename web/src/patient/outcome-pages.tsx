import { Button, Card, InsetText, Panel, SummaryList, WarningCallout } from 'nhsuk-react-components';
import type { Advice, FollowUpQuestion, Submitted } from './api.ts';
import { ADMIN_KINDS, answerText, TYPE_LABELS, type Draft, type Step } from './flow.ts';
import { Page } from './Layout.tsx';

export function StartPage({ practiceCode, start }: { practiceCode: string | null; start: () => void }) {
  return (
    <Page title="Contact your GP practice online">
      <p className="nhsuk-lede-text">Use this form to ask your GP practice about a health problem, for admin help like a fit note, or for advice.</p>
      <p>You can use it for yourself or for someone you care for. It takes about 5 to 10 minutes.</p>
      <p>We will reply within 2 working days, or the same day if your problem is urgent.</p>
      {practiceCode && <p>You started from practice code {practiceCode}.</p>}
      <Card cardType="emergency">
        <Card.Heading>Do not use this form if you need help now</Card.Heading>
        <Card.Description>
          Call 999 if you or someone else has chest pain, difficulty breathing, signs of a stroke, severe bleeding, or is unconscious or having a fit.
          For urgent help that is not an emergency, call 111 or go to 111.nhs.uk.
        </Card.Description>
      </Card>
      <Button type="button" onClick={start}>Start now</Button>
    </Page>
  );
}

export function EmergencyPage({ nextStep, why, onBack }: { nextStep: { title: string; body: string }; why: string[]; onBack?: () => void }) {
  const goToAe = /a&e|a and e/i.test(nextStep.title) && !/999/.test(nextStep.title);
  return (
    <Page title={goToAe ? 'Go to A&E now' : 'Call 999 now'} onBack={onBack}>
      <Card cardType="emergency">
        <Card.Heading>{nextStep.title}</Card.Heading>
        <Card.Description>{nextStep.body}</Card.Description>
      </Card>
      {why.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Why we are telling you this</h2>
          <p>You told us about:</p>
          <ul>{why.map((w) => <li key={w}>{w}</li>)}</ul>
          <p>This could be serious and needs help straight away. Your request has not been sent to the practice, because they cannot respond fast enough.</p>
        </>
      )}
      <p>If you are deaf or have a hearing or speech impairment, you can use the NHS 111 British Sign Language (BSL) service, or text 999 if you are registered with emergencySMS.</p>
    </Page>
  );
}

/** Urgent while the network is closed: the first thing the patient reads is to call 111 now. */
function Call111Card({ call111 }: { call111: { title: string; body: string } }) {
  return (
    <Card cardType="urgent">
      <Card.Heading>{call111.title}</Card.Heading>
      <Card.Description>{call111.body}</Card.Description>
    </Card>
  );
}

export function UrgentPage({ expected, call111, next, back }: { expected: string; call111: { title: string; body: string } | null; next: () => void; back: () => void }) {
  if (call111) {
    return (
      <Page title="Call 111 now" onBack={back}>
        <Call111Card call111={call111} />
        <Button type="button" onClick={next}>Continue to check your answers</Button>
      </Page>
    );
  }
  return (
    <Page title="Your request is urgent" onBack={back}>
      <Card cardType="urgent">
        <Card.Heading>A clinician will contact you {expected}</Card.Heading>
        <Card.Description>If you get worse before then, call 111 or go to 111.nhs.uk. If it becomes an emergency, call 999.</Card.Description>
      </Card>
      <Button type="button" onClick={next}>Continue to check your answers</Button>
    </Page>
  );
}

function AdviceCards({ advice }: { advice: Advice[] }) {
  return (
    <>
      {advice.map((a) => (
        <Card key={a.title}>
          <Card.Heading headingLevel="h2">{a.title}</Card.Heading>
          <Card.Description className="commons-answer-text">{a.body}</Card.Description>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Source: {a.source}</p>
        </Card>
      ))}
    </>
  );
}

export function SelfCarePage({ advice, expected, send, notNeeded, back }: { advice: Advice[]; expected: string; send: () => void; notNeeded: () => void; back: () => void }) {
  return (
    <Page title="You may be able to look after this yourself" onBack={back}>
      <p>From what you have told us, this could get better with self-care or help from a pharmacist.</p>
      <AdviceCards advice={advice} />
      <InsetText>
        <p>A pharmacist can give you advice and may be able to give you medicine without seeing a GP. You do not need an appointment.</p>
      </InsetText>
      <p>If you would still like the practice to look at your request, you can send it. We will reply {expected}.</p>
      <Button type="button" onClick={send}>I still want to send my request</Button>
      <p><button type="button" className="commons-link-button" onClick={notNeeded}>I do not need to send it</button></p>
    </Page>
  );
}

export function CheckPage({ draft, asked, goTo, send, busy, back, errors }: {
  draft: Draft; asked: FollowUpQuestion[]; goTo: (step: Step, questionId?: string) => void; send: () => void; busy: boolean; back: () => void; errors: { field: string; message: string }[];
}) {
  const row = (key: string, value: string, step: Step, questionId?: string) => (
    <SummaryList.Row key={key + (questionId ?? '')}>
      <SummaryList.Key>{key}</SummaryList.Key>
      <SummaryList.Value className="commons-answer-text">{value}</SummaryList.Value>
      <SummaryList.Action href="#" visuallyHiddenText={key.toLowerCase()} onClick={(e) => { e.preventDefault(); goTo(step, questionId); }}>Change</SummaryList.Action>
    </SummaryList.Row>
  );
  const d = draft;
  return (
    <Page title="Check your answers before sending your request" onBack={back} errors={errors}>
      <h2 className="nhsuk-heading-m">About {d.who === 'proxy' ? 'the person' : 'you'}</h2>
      <SummaryList>
        {row('Who it is for', d.who === 'proxy' ? `Someone else (asked by ${d.proxyName}, ${d.proxyRelationship})` : 'Me', 'who')}
        {row('Name', `${d.givenName} ${d.familyName}`, 'name')}
        {row('Date of birth', `${d.dob.day}/${d.dob.month}/${d.dob.year}`, 'dob')}
        {row(d.idKind === 'nhs' ? 'NHS number' : 'Postcode', d.idKind === 'nhs' ? d.nhsNumber : d.postcode.toUpperCase(), 'id')}
      </SummaryList>
      <h2 className="nhsuk-heading-m">Your request</h2>
      <SummaryList>
        {row('What you need', d.type ? TYPE_LABELS[d.type] : '', 'type')}
        {d.type === 'admin' && row('Admin help', ADMIN_KINDS.find((k) => k.value === d.adminKind)?.label ?? '', 'admin-kind')}
        {row('Description', d.description, 'description')}
        {asked.map((q) => row(q.text, answerText(q, d.answers[q.id]), 'question', q.id))}
      </SummaryList>
      <WarningCallout>
        <WarningCallout.Heading>While you wait</WarningCallout.Heading>
        <p>If you get worse, call 111. If it is an emergency, call 999.</p>
      </WarningCallout>
      <Button type="button" onClick={send} disabled={busy} aria-disabled={busy}>{busy ? 'Sending…' : 'Send request'}</Button>
    </Page>
  );
}

export function ConfirmationPage({ submitted, practiceName }: { submitted: Submitted; practiceName?: string }) {
  const closed = submitted.status === 'closed';
  return (
    <Page title={closed ? 'We have recorded your request' : 'Request sent'}>
      <Panel>
        {/* The page already has the one h1 the NHS confirmation pattern wants; the panel only carries the reference. */}
        Your reference number<br /><strong>{submitted.reference}</strong>
      </Panel>
      {submitted.call111 && <Call111Card call111={submitted.call111} />}
      {!closed && !submitted.call111 && <p>{practiceName ?? 'Your practice'} will reply {submitted.expectedResponse}. We have sent you a message with your reference number.</p>}
      <h2 className="nhsuk-heading-m">What happens next</h2>
      <p>{submitted.safetyNetting}</p>
      {submitted.advice.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Things you can do now</h2>
          <AdviceCards advice={submitted.advice} />
        </>
      )}
    </Page>
  );
}

export function NotSentPage() {
  return (
    <Page title="You have not sent a request">
      <p>Follow the self-care advice. If you get worse, or you are worried, you can fill in the form again, speak to a pharmacist, or call 111.</p>
      <p>If it is an emergency, call 999.</p>
    </Page>
  );
}
