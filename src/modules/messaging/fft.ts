import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { appointmentFeedbackSql } from '../booking/index.ts';
import { consultationFeedbackSql } from '../consultations/index.ts';
import type { FftResponseTable } from './tables.ts';

// The Friends and Family Test (NHS England, FFT guidance 2019): one mandatory question answered on a
// six-point scale, plus an optional free-text "why". Responses are kept per appointment or request.

export const FFT_LABELS = ['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"] as const;

export interface FriendsAndFamilyResponse {
  id: string;
  answeredAt: string;
  /** 1 very good … 5 very poor, 6 don't know. */
  rating: number;
  label: (typeof FFT_LABELS)[number];
  comment: string | null;
  /** The patient's registered practice. */
  practiceId: string;
  appointmentId: string | null;
  consultationId: string | null;
}

/**
 * Friends and Family Test answers of a network given in [from, to), oldest first: what the analytics
 * module reads (no patient identifiers; the comment is the patient's own words).
 */
export async function findFriendsAndFamilyResponses(db: Executor, networkId: string, range: { from: Date; to: Date }): Promise<FriendsAndFamilyResponse[]> {
  const rows = await db.selectFrom('fft_response').select(['id', 'answered_at', 'rating', 'comment', 'practice_id', 'appointment_id', 'consultation_id'])
    .where('network_id', '=', networkId).where('answered_at', '>=', range.from).where('answered_at', '<', range.to)
    .orderBy('answered_at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, answeredAt: new Date(r.answered_at).toISOString(), rating: r.rating, label: FFT_LABELS[r.rating - 1], comment: r.comment,
    practiceId: r.practice_id, appointmentId: r.appointment_id, consultationId: r.consultation_id,
  }));
}

/**
 * The same answers as a subquery for the dashboard's aggregates (id, practice_id, appointment_id,
 * consultation_id, rating, answered_at, and what each followed: follows, delivered_by, role, site_id,
 * channel, national_category): no patient and no comment leave this module this way.
 */
export function friendsAndFamilyAnswersSql(p: { networkId: string; from: Date; to: Date }): RawBuilder<unknown> {
  return sql`select id, practice_id, appointment_id, consultation_id, rating, answered_at, follows, delivered_by, role, site_id, channel, national_category
    from fft_response where network_id = ${p.networkId} and answered_at >= ${p.from} and answered_at < ${p.to}`;
}

export type FftAnswerContext = Pick<FftResponseTable, 'follows' | 'delivered_by' | 'role' | 'site_id' | 'channel' | 'national_category'>;
const NOTHING: FftAnswerContext = { follows: null, delivered_by: null, role: null, site_id: null, channel: null, national_category: null };

/**
 * What an answer follows, read once when it is recorded so the dashboard's splits need no join: the
 * appointment's provider, role, site, mode and category, or the request's practice, role and channel.
 */
export async function fftAnswerContext(db: Executor, p: { networkId: string; appointmentId: string | null; consultationId: string | null }): Promise<FftAnswerContext> {
  if (p.appointmentId) {
    const { rows: [a] } = await sql<{ organisation_id: string; role: string; site_id: string; mode: string; national_category: string }>`
      select organisation_id, role, site_id, mode, national_category from (${appointmentFeedbackSql({ networkId: p.networkId })}) a where id = ${p.appointmentId}`.execute(db);
    return a ? { follows: 'appointment', delivered_by: a.organisation_id, role: a.role, site_id: a.site_id, channel: a.mode, national_category: a.national_category } : NOTHING;
  }
  if (p.consultationId) {
    const { rows: [c] } = await sql<{ organisation_id: string; role: string; channel: string }>`
      select organisation_id, role, channel from (${consultationFeedbackSql({ networkId: p.networkId })}) c where id = ${p.consultationId}`.execute(db);
    return c ? { follows: 'request', delivered_by: c.organisation_id, role: c.role, site_id: null, channel: c.channel, national_category: null } : NOTHING;
  }
  return NOTHING;
}
