import type { Db } from '../../db/database.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A GOV.UK Notify delivery receipt: the reference is our message id. 'delivered' marks it delivered;
 * Notify's failures ('permanent-failure', 'temporary-failure': Notify already retried for 72 hours,
 * 'technical-failure') mark it failed with the reason. Unknown references are ignored (not ours).
 */
export async function recordDeliveryReceipt(db: Db, r: { id: string; reference: string | null; status: string; completed_at?: string | null }) {
  if (!r.reference || !UUID.test(r.reference)) return;
  const delivered = r.status === 'delivered';
  const failed = /failure$/.test(r.status);
  const at = r.completed_at && !Number.isNaN(Date.parse(r.completed_at)) ? new Date(r.completed_at) : new Date();
  await db.updateTable('message')
    .set({ delivery_status: r.status, ...(delivered ? { status: 'delivered', delivered_at: at } : failed ? { status: 'failed', error: `GOV.UK Notify: ${r.status}` } : {}) })
    .where('id', '=', r.reference).where('provider_id', '=', r.id).execute();
}
