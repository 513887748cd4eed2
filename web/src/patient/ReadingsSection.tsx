import { useState, type FormEvent } from 'react';
import { Button, InsetText, TextInput, WarningCallout } from 'nhsuk-react-components';
import { linkApi, LinkProblem, type LinkView, type ReadingsResult } from './link-api.ts';
import type { FieldProblem } from './flow.ts';

type Kind = NonNullable<LinkView['monitoring']>['kinds'][number];
/** The server lists only the kinds it accepts, so a listed id is one of them. */
type ReadingKind = Parameters<typeof linkApi.readings>[1][number]['kind'];

const todayInLondon = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/**
 * Home readings behind a monitoring link: one box per reading the practice asked for (two for blood
 * pressure), the day they were taken, and what the practice will do. The server checks every value
 * and names the field of an impossible one; nothing is kept until all are right.
 */
export function ReadingsSection({ token, view, onSent }: { token: string; view: LinkView; onSent: (r: ReadingsResult) => void }) {
  const m = view.monitoring!;
  const [values, setValues] = useState<Record<string, string>>({});
  const [takenOn, setTakenOn] = useState(todayInLondon);
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const filled = m.kinds.filter((k) => (values[k.id] ?? '').trim() !== '');
    if (filled.length === 0) {
      setErrors([{ field: `reading-${m.kinds[0].id}`, message: 'Enter at least one reading' }]);
      return;
    }
    const readings = filled.map((k) => ({
      kind: k.id as ReadingKind, value: Number(values[k.id]), ...(k.diastolic ? { diastolic: Number(values[`${k.id}-diastolic`] ?? '') } : {}), takenOn,
    }));
    setBusy(true);
    setErrors([]);
    try {
      onSent(await linkApi.readings(token, readings));
    } catch (x) {
      const p = x instanceof LinkProblem ? x : null;
      const pointer = p?.errors?.[0]?.pointer ?? '';
      const hit = /^\/body\/readings\/(\d+)\/(\w+)$/.exec(pointer);
      const kind = hit ? filled[Number(hit[1])] : undefined;
      const field = !kind ? 'taken-on' : hit![2] === 'takenOn' ? 'taken-on' : hit![2] === 'diastolic' ? `reading-${kind.id}-diastolic` : `reading-${kind.id}`;
      setErrors([{ field, message: p?.detail ?? 'Something went wrong. Try again, or contact your GP practice.' }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>{view.practiceName} has asked you to send your home readings ({m.register.toLowerCase()}). Enter what you measured; leave a box empty if you did not measure it.</p>
      {m.readingsSent > 0 && <InsetText><p>You have sent {m.readingsSent} reading{m.readingsSent > 1 ? 's' : ''} so far.</p></InsetText>}
      <TextInput id="taken-on" type="date" label="Day you took the readings" value={takenOn} max={todayInLondon()} error={errorOf('taken-on')} onChange={(e) => setTakenOn(e.currentTarget.value)} width={10} />
      {m.kinds.map((k: Kind) => (
        <div key={k.id}>
          <TextInput id={`reading-${k.id}`} inputMode="decimal" label={k.diastolic ? `${k.name}: top number (systolic)` : `${k.name} (${k.unit})`} hint={k.diastolic ? 'For example 132' : undefined} width={5}
            error={errorOf(`reading-${k.id}`)} value={values[k.id] ?? ''} onChange={(e) => setValues({ ...values, [k.id]: e.currentTarget.value })} />
          {k.diastolic && (
            <TextInput id={`reading-${k.id}-diastolic`} inputMode="decimal" label={`${k.name}: bottom number (diastolic)`} hint="For example 84" width={5}
              error={errorOf(`reading-${k.id}-diastolic`)} value={values[`${k.id}-diastolic`] ?? ''} onChange={(e) => setValues({ ...values, [`${k.id}-diastolic`]: e.currentTarget.value })} />
          )}
        </div>
      ))}
      <Button type="submit" disabled={busy}>Send readings</Button>
      <WarningCallout><WarningCallout.Heading>If you feel unwell</WarningCallout.Heading><p>Do not wait for the practice to look at your readings: call 111, or 999 in an emergency.</p></WarningCallout>
    </form>
  );
}

/** What the page says once readings are sent: the advice of any threshold they crossed. */
export function ReadingsSent({ result }: { result: ReadingsResult }) {
  const urgent = result.alerts.filter((a) => a.urgency === 'urgent');
  const routine = result.alerts.filter((a) => a.urgency !== 'urgent');
  return (
    <>
      {urgent.map((a) => <WarningCallout key={a.thresholdId}><WarningCallout.Heading>Get help now</WarningCallout.Heading><p>{a.advice}</p></WarningCallout>)}
      {routine.map((a) => <InsetText key={a.thresholdId}><p>{a.advice}</p></InsetText>)}
      <p>Thank you. We have {result.saved} reading{result.saved === 1 ? '' : 's'}{result.alerts.length ? '' : ': your practice will look at them'}. You can use the same link to send more.</p>
    </>
  );
}
