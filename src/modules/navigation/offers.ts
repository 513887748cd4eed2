// Community offers come from the directory module, through its index.ts only.
import type { Executor } from '../../db/database.ts';
import { findOffersByIds, searchOffers, type DirectoryOffer } from '../directory/index.ts';

export interface OfferSuggestion { id: string; name: string; categories: string[]; summary: string }

export async function findOfferName(db: Executor, networkId: string, id: string): Promise<string | null> {
  const [offer] = await findOffersByIds(db, networkId, [id]);
  return offer?.name ?? null;
}

const summaryOf = (o: DirectoryOffer) => [o.providerName, o.times].filter(Boolean).join(' · ');

/** The directory's offers for a need's categories, or matching the words typed; nothing to go on, nothing suggested. */
export async function suggestOffers(db: Executor, networkId: string, p: { categories: string[]; text?: string }): Promise<OfferSuggestion[]> {
  if (!p.text && p.categories.length === 0) return [];
  const found = await searchOffers(db, networkId, { ...(p.text ? { text: p.text } : { categories: p.categories as never }), limit: 10 });
  return found.items.map((o) => ({ id: o.id, name: o.name, categories: o.categories, summary: summaryOf(o) }));
}
