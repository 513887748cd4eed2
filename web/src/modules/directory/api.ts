import { api, withQuery, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client.ts';

// The directory's calls: the only file of the web module that knows its URLs.

export type Offer = ResponseOf<'/api/v1/directory/offers/{id}'>;
export type OfferBody = BodyOf<'/api/v1/directory/offers', 'post'>;
export type OfferSearch = QueryOf<'/api/v1/directory/offers'>;
export type OfferPage = ResponseOf<'/api/v1/directory/offers'>;
export type DirectoryOrganisation = ResponseOf<'/api/v1/directory/organisations'>[number];
export type Session = ResponseOf<'/api/v1/directory/offers/{id}/sessions', 'post'>;
export type SessionBody = BodyOf<'/api/v1/directory/offers/{id}/sessions', 'post'>;
export type OfferSummary = ResponseOf<'/api/v1/directory/offers/{id}/summary'>;
export type Activity = ResponseOf<'/api/v1/directory/activity'>;

const offerUrl = (id: string) => `/directory/offers/${encodeURIComponent(id)}`;

export const searchOffers = (q: OfferSearch, signal?: AbortSignal) => api.get<OfferPage>('/directory/offers', q as Record<string, string | number | boolean>, signal);
export const fetchOffer = (id: string) => api.get<Offer>(offerUrl(id));
export const createOffer = (body: OfferBody) => api.post<Offer>('/directory/offers', body);
export const updateOffer = (id: string, body: OfferBody) => api.put<Offer>(offerUrl(id), body);
export const verifyOffer = (id: string) => api.post<Offer>(`${offerUrl(id)}/verify`);
export const fetchOrganisations = () => api.get<DirectoryOrganisation[]>('/directory/organisations');
export const fetchSessions = (id: string) => api.get<{ items: Session[]; nextCursor: string | null }>(`${offerUrl(id)}/sessions`, { limit: 10 });
export const recordSession = (id: string, body: SessionBody) => api.post<Session>(`${offerUrl(id)}/sessions`, body);
export const fetchSummary = (id: string) => api.get<OfferSummary>(`${offerUrl(id)}/summary`);
export const fetchActivity = (q: { from?: string; to?: string }) => api.get<Activity>('/directory/activity', q);

/** The printable page for one or a few offers (what reception prints or reads out). */
export const printPath = (ids: readonly string[]) => withQuery('/directory/print', { ids: ids.join(',') });
