import { useRef } from 'react';
import { useSearchParams } from 'react-router';

/** Keys to set (a value) or clear (undefined) in the address's query string. */
export type AddressChanges = Record<string, string | undefined>;

/**
 * A page's choices kept in the address, so a view can be bookmarked and shared, changed a few
 * keys at a time.
 *
 * Each change is merged into the newest address this page asked for, not into the copy the last
 * render saw. The router commits address changes in a transition, so a render can still show the
 * old address after a change was asked for: the day list picking its default site (an effect that
 * runs when the network's sites arrive) just after the user typed a date would otherwise rebuild
 * the address without the date, and the list would quietly show today.
 */
export function useAddressState(): [URLSearchParams, (changes: AddressChanges) => void] {
  const [params, setParams] = useSearchParams();
  const newest = useRef({ seen: params, asked: params });
  // The router has caught up (or someone else navigated): start again from what it shows.
  if (newest.current.seen !== params) newest.current = { seen: params, asked: params };
  const change = (changes: AddressChanges) => {
    const next = new URLSearchParams(newest.current.asked);
    for (const [key, value] of Object.entries(changes)) (value ? next.set(key, value) : next.delete(key));
    newest.current.asked = next;
    setParams(next, { replace: true });
  };
  return [params, change];
}
