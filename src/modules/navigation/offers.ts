// Community offers come from the directory module, through its index.ts only.
import type { Executor } from '../../db/database.ts';

export interface OfferSuggestion { id: string; name: string; categories: string[]; summary: string }

export async function findOfferName(_db: Executor, _networkId: string, _id: string): Promise<string | null> {
  return null;
}

export async function suggestOffers(_db: Executor, _networkId: string, _p: { categories: string[]; text?: string }): Promise<OfferSuggestion[]> {
  return [];
}
