// Community offers come from the directory module, through its index.ts only.
import type { Executor } from '../../db/database.ts';
import { findOffersByIds } from '../directory/index.ts';

export interface OfferRef { id: string; name: string; category: string | null }

export async function findOffer(db: Executor, networkId: string, id: string): Promise<OfferRef | null> {
  const [offer] = await findOffersByIds(db, networkId, [id]);
  return offer ? { id: offer.id, name: offer.name, category: offer.categories[0] ?? null } : null;
}
