// Community offers come from the directory module (through its index.ts only). Until it is
// available an onward referral carries the offer's name as typed.
import type { Executor } from '../../db/database.ts';

export interface OfferRef { id: string; name: string; category: string | null }

export async function findOffer(_db: Executor, _networkId: string, _id: string): Promise<OfferRef | null> {
  return null;
}
