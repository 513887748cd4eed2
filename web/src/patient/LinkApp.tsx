import { useEffect, useState, type FormEvent } from 'react';
import { Button, InsetText, Radios, SummaryList, Textarea, WarningCallout } from 'nhsuk-react-components';
import { Page } from './Layout.tsx';
import { linkApi, LinkProblem, when, type LinkView, type OnlineSlot } from './link-api.ts';
import type { FieldProblem } from './flow.ts';
import { ReadingsSection, ReadingsSent } from './ReadingsSection.tsx';
import type { ReadingsResult } from './link-api.ts';

/** /p/<token>: the key from the link in a message. */
const tokenFromPath = () => decodeURIComponent(window.location.pathname.replace(/^\/p\//, '').replace(/\/$/, ''));

type Screen = 'main' | 'cancel' | 'move' | 'done';

/**
 * The patient's page behind a link in a message (no account: the link is the key): their appointment
 * (confirm, cancel, move to a time released for online booking), a waitlist offer (accept or say no),
 * a reply to their online request, and the Friends and Family Test. One task per screen, NHS styles.
 */
export function LinkApp() {
  const [token] = useState(tokenFromPath);
  const [view, setView] = useState<LinkView | null>(null);
  const [failure, setFailure] = useState<LinkProblem | null>(null);
  const [screen, setScreen] = useState<Screen>('main');
  const [done, setDone] = useState<{ title: string; body: string } | null>(null);
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [readingsSent, setReadingsSent] = useState<ReadingsResult | null>(null);

  useEffect(() => {
    linkApi.view(token).then(setView, (e) => setFailure(e instanceof LinkProblem ? e : new LinkProblem({ detail: 'Something went wrong. Try again later, or contact your GP practice.' })));
  }, [token]);

  const act = async (field: string, run: () => Promise<void>) => {
    setBusy(true);
    setErrors([]);
    try {
      await run();
    } catch (e) {
      const p = e instanceof LinkProblem ? e : null;
      if (p && (p.status === 403 || p.status === 410)) setFailure(p);
      else setErrors([{ field, message: p?.detail ?? 'Something went wrong. Try again, or contact your GP practice.' }]);
    } finally {
      setBusy(false);
    }
  };
  const finish = (title: string, body: string) => {
    setDone({ title, body });
    setScreen('done');
  };

  if (failure) {
    const expired = failure.status === 410;
    return (
      <Page title={expired ? 'This link has expired' : failure.status === 429 ? 'Please wait a minute' : 'This link does not work'}>
        <p>{failure.detail}</p>
        <p>If you need to change an appointment, call your GP practice. If you need help now, call 111. In an emergency, call 999.</p>
      </Page>
    );
  }
  if (!view) return <Page title="Loading"><p>Please wait…</p></Page>;
  if (screen === 'done' && done) {
    return (
      <Page title={done.title}>
        <InsetText><p>{done.body}</p></InsetText>
        <FftSection token={token} view={view} />
      </Page>
    );
  }
  if (screen === 'cancel') return <CancelScreen view={view} errors={errors} busy={busy} back={() => setScreen('main')} cancel={(reason) => act('reason', async () => { setView(await linkApi.cancel(token, reason)); finish('Your appointment has been cancelled', 'Thank you for letting us know. Someone else can now have this appointment.'); })} />;
  const inv = view.invitation;
  if (readingsSent) return <Page title="Your readings have been sent"><ReadingsSent result={readingsSent} /></Page>;
  if (screen === 'move') {
    return <MoveScreen token={token} title={inv ? 'Choose a time' : 'Choose a new time'} errors={errors} busy={busy} back={() => setScreen('main')} book={(slotId) => act('slot', async () => {
      const b = await linkApi.book(token, slotId);
      if (inv) finish('Your appointment is booked', `Your ${inv.what} is ${b.service} at ${b.site}, ${when(b.startAt)}. We have sent you a confirmation with a link to change or cancel it.`);
      else finish('Your appointment has been changed', `Your new appointment is ${b.service} at ${b.site}, ${when(b.startAt)}. We have cancelled your old one.`);
    })} />;
  }

  const a = view.appointment;
  const c = view.consultation;
  const o = view.offer;
  const title = o ? 'An earlier appointment is available' : a ? 'Your appointment' : c ? `Your request ${c.reference}` : inv ? `Book your ${inv.what}` : view.monitoring ? 'Send your home readings' : 'Tell us about your experience';
  return (
    <Page title={title} errors={errors}>
      {a && (
        <>
          <SummaryList>
            <SummaryList.Row><SummaryList.Key>When</SummaryList.Key><SummaryList.Value>{when(a.startAt)}</SummaryList.Value></SummaryList.Row>
            <SummaryList.Row><SummaryList.Key>What</SummaryList.Key><SummaryList.Value>{a.service}{a.mode === 'telephone' ? ' (by phone)' : a.mode === 'video' ? ' (by video)' : ''}</SummaryList.Value></SummaryList.Row>
            <SummaryList.Row><SummaryList.Key>Where</SummaryList.Key><SummaryList.Value>{a.site}, {a.organisation}</SummaryList.Value></SummaryList.Row>
            <SummaryList.Row><SummaryList.Key>With</SummaryList.Key><SummaryList.Value>{a.practitioner}</SummaryList.Value></SummaryList.Row>
            <SummaryList.Row><SummaryList.Key>Status</SummaryList.Key><SummaryList.Value id="appointment-status">{a.status === 'cancelled' ? 'Cancelled' : a.confirmedAt ? 'Booked – you confirmed you will come' : a.status === 'booked' ? 'Booked' : a.status}</SummaryList.Value></SummaryList.Row>
          </SummaryList>
          {a.canCancel && (
            <>
              {!a.confirmedAt && <Button disabled={busy} onClick={() => act('confirm', async () => setView(await linkApi.confirm(token)))}>I will come</Button>}{' '}
              {a.canRebook && <Button secondary disabled={busy} onClick={() => setScreen('move')}>Change the time</Button>}{' '}
              <Button warning disabled={busy} onClick={() => setScreen('cancel')}>Cancel appointment</Button>
              <InsetText><p>If you cannot come, please cancel so someone else can have the appointment.</p></InsetText>
            </>
          )}
        </>
      )}
      {o && <OfferSection view={view} busy={busy} respond={(accept) => act('offer', async () => { await linkApi.offer(token, accept); finish(accept ? 'Your appointment is booked' : 'You are still on the waiting list', accept ? `See you ${o.slot ? when(o.slot.startAt) : ''}.` : 'We will offer you another appointment when one becomes free.'); })} />}
      {view.monitoring && <ReadingsSection token={token} view={view} onSent={setReadingsSent} />}
      {inv && <InvitationSection view={view} busy={busy} choose={() => setScreen('move')} />}
      {c && <ReplySection view={view} errors={errors} busy={busy} reply={(message) => act('message', async () => { await linkApi.reply(token, message); finish('Your reply has been sent', `We have added it to your request ${c.reference}. The practice will look at it soon. If you get worse, call 111; in an emergency, call 999.`); })} />}
      <FftSection token={token} view={view} />
    </Page>
  );
}

function CancelScreen({ view, errors, busy, back, cancel }: { view: LinkView; errors: FieldProblem[]; busy: boolean; back: () => void; cancel: (reason?: string) => void }) {
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cancel(reason.trim() || undefined);
  };
  return (
    <Page title="Are you sure you want to cancel?" onBack={back} errors={errors}>
      {view.appointment && <p>Your appointment {when(view.appointment.startAt)} at {view.appointment.site} will be cancelled and offered to someone else.</p>}
      <form onSubmit={submit} noValidate>
        <Textarea id="reason" name="reason" label="Why are you cancelling? (optional)" maxLength={300} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Button type="submit" warning disabled={busy}>Yes, cancel my appointment</Button>
      </form>
      <p><a href="#" onClick={(e) => { e.preventDefault(); back(); }}>No, keep my appointment</a></p>
    </Page>
  );
}

function MoveScreen({ token, title, errors, busy, back, book }: { token: string; title: string; errors: FieldProblem[]; busy: boolean; back: () => void; book: (slotId: string) => void }) {
  const [slots, setSlots] = useState<OnlineSlot[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    linkApi.slots(token).then((r) => setSlots(r.items), () => setSlots([]));
  }, [token]);
  const shown = missing ? [{ field: 'slot', message: 'Choose a time' }, ...errors] : errors;
  return (
    <Page title={title} onBack={back} errors={shown}>
      {!slots ? <p>Please wait…</p> : slots.length === 0 ? <p>There are no times you can book online at the moment. Call your GP practice to book or change your appointment.</p> : (
        <form onSubmit={(e) => { e.preventDefault(); if (!chosen) setMissing(true); else book(chosen); }} noValidate>
          <Radios name="slot" legend="Times you can book online" error={shown.find((x) => x.field === 'slot')?.message}>
            {slots.map((s, i) => (
              <Radios.Item key={s.id} id={i === 0 ? 'slot' : `slot-${s.id}`} value={s.id} checked={chosen === s.id} onChange={() => { setChosen(s.id); setMissing(false); }} hint={`${s.site.name}, with ${s.practitioner.name}`}>{when(s.startAt)}</Radios.Item>
            ))}
          </Radios>
          <Button type="submit" disabled={busy}>Book this time</Button>
        </form>
      )}
    </Page>
  );
}

/** An invitation from the practice (an outreach list): book a time, or see the one booked. */
function InvitationSection({ view, busy, choose }: { view: LinkView; busy: boolean; choose: () => void }) {
  const inv = view.invitation!;
  if (inv.booked) {
    return (
      <>
        <SummaryList>
          <SummaryList.Row><SummaryList.Key>When</SummaryList.Key><SummaryList.Value>{when(inv.booked.startAt)}</SummaryList.Value></SummaryList.Row>
          <SummaryList.Row><SummaryList.Key>Where</SummaryList.Key><SummaryList.Value>{inv.booked.site}</SummaryList.Value></SummaryList.Row>
          <SummaryList.Row><SummaryList.Key>With</SummaryList.Key><SummaryList.Value>{inv.booked.practitioner} ({inv.booked.service})</SummaryList.Value></SummaryList.Row>
        </SummaryList>
        <InsetText><p>You have booked this. To change or cancel it, use the link in your booking confirmation, or call your GP practice.</p></InsetText>
      </>
    );
  }
  return (
    <>
      <p>{view.practiceName} would like to invite you to a {inv.what} with our {inv.role}. You can choose a time that suits you.</p>
      <Button disabled={busy || !inv.canBook} onClick={choose}>Choose a time</Button>
      <InsetText><p>If none of the times suit you, or you would rather not come, call your GP practice.</p></InsetText>
    </>
  );
}

function OfferSection({ view, busy, respond }: { view: LinkView; busy: boolean; respond: (accept: boolean) => void }) {
  const o = view.offer!;
  if (o.status !== 'open') return <WarningCallout><WarningCallout.Heading>This offer has ended</WarningCallout.Heading><p>{o.status === 'accepted' ? 'You accepted it: your appointment is booked.' : 'The appointment has been offered to the next person waiting. You are still on the waiting list unless you told us otherwise.'}</p></WarningCallout>;
  return (
    <>
      {o.slot && (
        <SummaryList>
          <SummaryList.Row><SummaryList.Key>When</SummaryList.Key><SummaryList.Value>{when(o.slot.startAt)}</SummaryList.Value></SummaryList.Row>
          <SummaryList.Row><SummaryList.Key>Where</SummaryList.Key><SummaryList.Value>{o.slot.site.name}, {o.slot.organisation.name}</SummaryList.Value></SummaryList.Row>
          <SummaryList.Row><SummaryList.Key>With</SummaryList.Key><SummaryList.Value>{o.slot.practitioner.name} ({o.slot.service.name})</SummaryList.Value></SummaryList.Row>
        </SummaryList>
      )}
      <InsetText><p>Accept by {when(o.expiresAt)}. After that it goes to the next person waiting.</p></InsetText>
      <Button disabled={busy} onClick={() => respond(true)}>Accept this appointment</Button>{' '}
      <Button secondary disabled={busy} onClick={() => respond(false)}>No thanks</Button>
    </>
  );
}

function ReplySection({ view, errors, busy, reply }: { view: LinkView; errors: FieldProblem[]; busy: boolean; reply: (message: string) => void }) {
  const c = view.consultation!;
  const [message, setMessage] = useState('');
  const [empty, setEmpty] = useState(false);
  if (!c.canReply) return <p>This request has been closed. If you still need help, <a href="/request">send a new request</a> or contact your GP practice.</p>;
  const error = empty ? 'Enter your reply' : errors.find((e) => e.field === 'message')?.message;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!message.trim()) setEmpty(true); else reply(message); }} noValidate>
      <p>{c.practiceName} asked you for more information about your request {c.reference}. Your message has been sent to you by text, email or letter.</p>
      {c.replies.length > 0 && <InsetText><p>You have replied {c.replies.length} time{c.replies.length > 1 ? 's' : ''} already.</p></InsetText>}
      <Textarea id="message" name="message" label="Your reply" hint="Do not include anything urgent: if you are worse, call 111. In an emergency, call 999." maxLength={5000} rows={6} error={error} value={message} onChange={(e) => { setMessage(e.currentTarget.value); setEmpty(false); }} />
      <Button type="submit" disabled={busy}>Send reply</Button>
    </form>
  );
}

function FftSection({ token, view }: { token: string; view: LinkView }) {
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(view.fft.answered);
  const [error, setError] = useState<string | null>(null);
  if (!view.fft.canAnswer) return null;
  if (sent) return <p>Thank you for telling us about your experience.</p>;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!rating) { setError('Choose an answer'); return; } linkApi.fft(token, rating, comment.trim() || undefined).then(() => setSent(true), (x) => setError(x instanceof LinkProblem ? x.detail : 'Something went wrong')); }} noValidate>
      <h2 className="nhsuk-heading-m">Tell us about your experience</h2>
      <Radios name="fft" legend={view.fft.question} error={error ?? undefined}>
        {view.fft.options.map((label, i) => (
          <Radios.Item key={label} id={i === 0 ? 'fft' : `fft-${i + 1}`} value={String(i + 1)} checked={rating === i + 1} onChange={() => { setRating(i + 1); setError(null); }}>{label}</Radios.Item>
        ))}
      </Radios>
      <Textarea id="fft-comment" name="comment" label="Please tell us why you gave that answer (optional)" maxLength={2000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
      <Button type="submit" secondary>Send feedback</Button>
    </form>
  );
}
