import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';

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
 * consultation_id, rating, answered_at): no patient and no comment leave this module this way.
 */
export function friendsAndFamilyAnswersSql(p: { networkId: string; from: Date; to: Date }): RawBuilder<unknown> {
  return sql`select id, practice_id, appointment_id, consultation_id, rating, answered_at
    from fft_response where network_id = ${p.networkId} and answered_at >= ${p.from} and answered_at < ${p.to}`;
}
