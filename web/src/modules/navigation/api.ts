import { api, newIdempotencyKey, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client.ts';

// /api/v1/navigation: types from the server's OpenAPI document.
export type Contact = ResponseOf<'/api/v1/navigation/contacts/{id}'>;
export type ContactInput = BodyOf<'/api/v1/navigation/contacts'>;
export type ContactPage = ResponseOf<'/api/v1/navigation/contacts'>;
export type ContactsQuery = QueryOf<'/api/v1/navigation/contacts'>;
export type Need = ResponseOf<'/api/v1/navigation/needs'>['needs'][number];
export type Suggestions = ResponseOf<'/api/v1/navigation/suggestions'>;
export type Metrics = ResponseOf<'/api/v1/navigation/metrics'>;
export type Decision = ContactInput['decision'];

const N = '/navigation';
export const fetchNeeds = () => api.get<{ needs: Need[] }>(`${N}/needs`);
export const fetchSuggestions = (need: string, q?: string) => api.get<Suggestions>(`${N}/suggestions`, { need, q });
export const fetchContacts = (q: ContactsQuery) => api.get<ContactPage>(`${N}/contacts`, q as Record<string, string>);
export const fetchMetrics = (q: { from?: string; to?: string }) => api.get<Metrics>(`${N}/metrics`, q);
export const recordContact = (body: ContactInput, key = newIdempotencyKey()) => api.post<Contact>(`${N}/contacts`, body, { 'idempotency-key': key });
export const textOffer = (id: string, body: BodyOf<'/api/v1/navigation/contacts/{id}/offer-text'>, key = newIdempotencyKey()) =>
  api.post<Contact>(`${N}/contacts/${encodeURIComponent(id)}/offer-text`, body, { 'idempotency-key': key });
export const textOfferFromDirectory = (body: BodyOf<'/api/v1/navigation/offer-texts'>, key = newIdempotencyKey()) =>
  api.post<Contact>(`${N}/offer-texts`, body, { 'idempotency-key': key });
