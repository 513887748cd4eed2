import { api } from '../../api/client.ts';

// Wire shapes of /api/v1/booking (src/modules/booking/schema.ts and rota-schema.ts).
// Kept as plain interfaces: the web bundle must not import server code.

export type Mode = 'face-to-face' | 'telephone' | 'video' | 'home-visit';
export type Channel = 'own-practice' | 'network' | 'hub' | 'nhs111' | 'online';
export const MODES: Mode[] = ['face-to-face', 'telephone', 'video', 'home-visit'];
export const CHANNELS: Channel[] = ['own-practice', 'network', 'hub', 'nhs111', 'online'];
interface Ref { id: string; name: string }

export interface Slot {
  id: string; startAt: string; endAt: string; durationMinutes: number; mode: Mode; role: string;
  service: Ref; site: Ref & { postcode: string | null }; organisation: Ref & { kind: string }; practitioner: Ref;
  nationalCategory: string; channel: Channel;
}
export interface SlotSearch {
  role?: string; serviceId?: string; mode?: Mode; siteId?: string; organisationId?: string; from?: string; to?: string; patientId?: string; limit?: number; cursor?: string;
}
export interface HistoryEntry { from: string | null; to: string; at: string; byStaffId: string | null; byTokenId: string | null; reason: string | null }
export type AppointmentStatus = 'booked' | 'arrived' | 'in-progress' | 'attended' | 'dna' | 'cancelled';
export interface Appointment {
  id: string; slotId: string; patientId: string; status: AppointmentStatus; startAt: string; endAt: string; durationMinutes: number;
  mode: Mode; role: string; nationalCategory: string; reason: string | null; organisation: Ref; site: Ref; service: Ref; practitioner: Ref;
  channel: string; bookerOrganisation: Ref; bookedAt: string; cancelledAt: string | null; cancelledBy: string | null; cancelReason: string | null;
  rebookedFromId: string | null; history?: HistoryEntry[];
}
export interface DayListEntry {
  slotId: string; startAt: string; endAt: string; slotStatus: 'free' | 'booked' | 'blocked'; mode: Mode; role: string; site: Ref; practitioner: Ref; service: Ref;
  appointment: null | {
    id: string; status: AppointmentStatus; mode: Mode; reason: string | null; channel: string; patientLabel: string;
    patient: null | { id: string; name: string; nhsNumber: string; age: number; dateOfBirth: string };
  };
}
export interface CapacityRow {
  organisation: Ref & { kind: string }; role: string; total: number; free: number; booked: number; blocked: number; attended: number; dna: number;
  released: { network: number; hub: number; nhs111: number; online: number };
}
export interface RotaTemplate {
  id: string; staffId: string; staffName: string; organisationId: string; role: string; name: string; siteId: string; serviceId: string;
  weekday: number; startTime: string; endTime: string; slotMinutes: number; mode: Mode; nationalCategory: string; channels: Channel[];
  networkShare: number; embargoHours: number | null; validFrom: string; validTo: string | null; active: boolean;
}
export interface RotaTemplateInput {
  name: string; siteId: string; serviceId: string; weekday: number; startTime: string; endTime: string; slotMinutes: number;
  mode: Mode; channels: Channel[]; networkShare: number; embargoHours: number | null;
}
export interface GenerateResult { from: string; to: string; templates: number; created: number; alreadyPresent: number; skippedBlocked: number }
export interface Block { id: string; staffId: string | null; siteId: string | null; startsAt: string; endsAt: string; reason: string; createdAt: string }
export interface CreatedBlock { block: Block; slotsBlocked: number; bookedAppointments: { appointmentId: string; startAt: string }[] }
interface Page<T> { items: T[]; nextCursor: string | null }

const B = '/booking';
export const searchSlots = (q: SlotSearch, signal?: AbortSignal) => api.get<Page<Slot>>(`${B}/slots`, { ...q }, signal);
export const bookAppointment = (body: { slotId: string; patientId: string; reason?: string }, idempotencyKey: string) =>
  api.post<Appointment>(`${B}/appointments`, body, { 'idempotency-key': idempotencyKey });
export const listAppointments = (patientId: string) => api.get<Page<Appointment>>(`${B}/appointments`, { patientId, limit: 50 });
export const cancelAppointment = (id: string, body: { by: 'patient' | 'practice'; reason: string }) => api.post<Appointment>(`${B}/appointments/${id}/cancel`, body);
export const rescheduleAppointment = (id: string, body: { slotId: string; reason?: string; by?: 'patient' | 'practice' }, idempotencyKey: string) =>
  api.post<Appointment>(`${B}/appointments/${id}/reschedule`, body, { 'idempotency-key': idempotencyKey });
export const setAppointmentStatus = (id: string, status: AppointmentStatus) => api.post<Appointment>(`${B}/appointments/${id}/status`, { status });
export const fetchDayList = (q: { date: string; siteId?: string; staffId?: string }) => api.get<{ items: DayListEntry[] }>(`${B}/day-list`, q).then((r) => r.items);
export const fetchCapacity = (q: { from: string; to: string; organisationId?: string }) => api.get<{ items: CapacityRow[] }>(`${B}/capacity`, q).then((r) => r.items);
export const listTemplates = (q: { organisationId?: string; includeInactive?: boolean }) => api.get<Page<RotaTemplate>>(`${B}/rota-templates`, q).then((r) => r.items);
export const createTemplate = (body: RotaTemplateInput & { staffId: string; organisationId: string }) => api.post<RotaTemplate>(`${B}/rota-templates`, body);
export const updateTemplate = (id: string, body: Partial<RotaTemplateInput>) => api.patch<RotaTemplate>(`${B}/rota-templates/${id}`, body);
export const deactivateTemplate = (id: string) => api.delete<{ template: RotaTemplate; slotsWithdrawn: number }>(`${B}/rota-templates/${id}`);
export const generateSlots = (weeks: number) => api.post<GenerateResult>(`${B}/slots/generate`, { weeks });
export const createBlock = (body: { staffId?: string; siteId?: string; startsAt: string; endsAt: string; reason: string }) => api.post<CreatedBlock>(`${B}/blocks`, body);
export const listBlocks = (q: { from?: string; to?: string }) => api.get<Page<Block>>(`${B}/blocks`, q).then((r) => r.items);
export const removeBlock = (id: string) => api.delete<{ slotsFreed: number }>(`${B}/blocks/${id}`);
