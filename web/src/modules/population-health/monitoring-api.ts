import { api, type BodyOf, type ResponseOf } from '../../api/client.ts';

// /api/v1/population-health/monitoring: a patient's home readings, thresholds and requests for readings.
export type Monitoring = ResponseOf<'/api/v1/population-health/monitoring/patients/{patientId}'>;
export type AskInput = BodyOf<'/api/v1/population-health/monitoring/patients/{patientId}/requests'>;
export type OverrideInput = BodyOf<'/api/v1/population-health/monitoring/patients/{patientId}/thresholds/{thresholdId}', 'put'>;

const at = (patientId: string) => `/population-health/monitoring/patients/${encodeURIComponent(patientId)}`;
export const fetchMonitoring = (patientId: string) => api.get<Monitoring>(at(patientId));
export const askForReadings = (patientId: string, body: AskInput) => api.post<unknown>(`${at(patientId)}/requests`, body);
export const setOwnThreshold = (patientId: string, thresholdId: string, body: OverrideInput) => api.put<Monitoring>(`${at(patientId)}/thresholds/${encodeURIComponent(thresholdId)}`, body);
