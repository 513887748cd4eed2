// Calls to the patient-link routes (the link in a message is the key): no session, no CSRF.
import { apiRequest, Problem, type BodyOf, type ResponseOf } from '../api/client.ts';

export { Problem as LinkProblem };
export type LinkView = ResponseOf<'/api/v1/messaging/links/{token}', 'get'>;
export type OnlineSlot = ResponseOf<'/api/v1/messaging/links/{token}/slots', 'get'>['items'][number];
export type ReadingsResult = ResponseOf<'/api/v1/messaging/links/{token}/readings', 'post'>;
type Readings = BodyOf<'/api/v1/messaging/links/{token}/readings', 'post'>['readings'];

const at = (token: string, path = '') => `/messaging/links/${encodeURIComponent(token)}${path}`;
const post = <T>(token: string, path: string, body: unknown) => apiRequest<T>(at(token, path), { method: 'POST', body, credentials: 'omit' });

export const linkApi = {
  view: (token: string) => apiRequest<LinkView>(at(token), { credentials: 'omit' }),
  slots: (token: string) => apiRequest<{ items: OnlineSlot[] }>(at(token, '/slots'), { credentials: 'omit' }),
  confirm: (token: string) => post<LinkView>(token, '/confirm', {}),
  cancel: (token: string, reason?: string) => post<LinkView>(token, '/cancel', reason ? { reason } : {}),
  book: (token: string, slotId: string) => post<{ appointmentId: string; startAt: string; site: string; service: string }>(token, '/book', { slotId }),
  reply: (token: string, message: string) => post<{ reference: string; status: string }>(token, '/reply', { message }),
  fft: (token: string, rating: number, comment?: string) => post<{ label: string }>(token, '/fft', { rating, ...(comment ? { comment } : {}) }),
  offer: (token: string, accept: boolean) => post<{ accepted: boolean }>(token, '/offer', { accept }),
  readings: (token: string, readings: Readings) => post<ReadingsResult>(token, '/readings', { readings }),
};

/** "Wednesday 3 June at 9:10am", in London time. */
export function when(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long' });
  const time = d.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true }).replace(' ', '').toLowerCase();
  return `${day} at ${time}`;
}
