import { v7 } from 'uuid';

/** A new time-ordered id (UUID v7) for our rows: index-friendly and sortable by creation. */
export function newId(): string {
  return v7();
}
