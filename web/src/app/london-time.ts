// Clinics run on London time whatever the computer's own zone: every date and time on screen is
// Europe/London, and every instant on the wire is UTC (architecture.md, "time").

const ZONE = 'Europe/London';
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const hm = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
const dayShort = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short' });
const dayLong = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const offsetFmt = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** Today's date in London, YYYY-MM-DD. */
export const londonToday = (now = new Date()) => isoDay.format(now);
/** The London date of an instant, YYYY-MM-DD. */
export const londonDate = (iso: string | Date) => isoDay.format(new Date(iso));
/** "14:30" */
export const formatTime = (iso: string) => hm.format(new Date(iso));
/** "Mon 1 Jun" */
export const formatDay = (iso: string) => dayShort.format(new Date(iso));
/** "Monday 1 June 2026" for a YYYY-MM-DD London date. */
export const formatLongDay = (date: string) => dayLong.format(new Date(londonMidnight(date)));
/** "2 March 1956" for a YYYY-MM-DD date of birth (no time zone in it). */
export const formatDate = (date: string) => dateOnly.format(new Date(`${date}T00:00:00Z`));

function offsetMinutes(at: Date): number {
  const name = offsetFmt.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The instant of a London wall-clock time (YYYY-MM-DD, HH:MM), as an ISO string in UTC. */
export function londonInstant(date: string, time = '00:00'): string {
  const utc = Date.parse(`${date}T${time}:00Z`);
  // Two passes: the offset at the first guess settles which side of a clock change we are on.
  const guess = utc - offsetMinutes(new Date(utc)) * 60_000;
  return new Date(utc - offsetMinutes(new Date(guess)) * 60_000).toISOString();
}

/** The instant London's day `date` (YYYY-MM-DD) begins, as an ISO string in UTC. */
export const londonMidnight = (date: string) => londonInstant(date, '00:00');

/** "2026-06-01T13:30" (a datetime-local value, read as London time) → ISO string in UTC. */
export function londonLocalToIso(value: string): string {
  const [d, t] = value.split('T');
  return londonInstant(d, (t ?? '00:00').slice(0, 5));
}

/** YYYY-MM-DD plus n days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
