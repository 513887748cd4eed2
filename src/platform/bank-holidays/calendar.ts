import { readFileSync } from 'node:fs';

/** One bank holiday: a London date and its name, as GOV.UK lists it. */
export interface BankHoliday {
  date: string;
  title: string;
}

/**
 * The bank holidays Commons knows about (England and Wales). Slot generation skips them and the
 * consultation response times count them as closed days, so a date missing here is a working day:
 * see `runOutWarning`.
 */
export class BankHolidayCalendar {
  private byDate = new Map<string, BankHoliday>();

  constructor(holidays: BankHoliday[]) {
    this.add(holidays);
  }

  /** Adds dates (a refreshed GOV.UK list); a date already known keeps one entry, with the newer title. */
  add(holidays: BankHoliday[]): void {
    for (const h of holidays) this.byDate.set(h.date, h);
    this.byDate = new Map([...this.byDate.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  isBankHoliday(date: string): boolean {
    return this.byDate.has(date);
  }

  /** The dates from `from` to `to` inclusive (YYYY-MM-DD), in order. */
  between(from: string, to: string): string[] {
    return [...this.byDate.keys()].filter((d) => d >= from && d <= to);
  }

  all(): BankHoliday[] {
    return [...this.byDate.values()];
  }

  /** The last date in the list: after it, every weekday counts as a working day. */
  lastKnownDate(): string {
    return [...this.byDate.keys()].at(-1) ?? '0000-01-01';
  }
}

const shippedFile = new URL('./england-and-wales.json', import.meta.url);

/**
 * Reads GOV.UK's bank holiday list (https://www.gov.uk/bank-holidays.json): either the whole file,
 * which has one entry per division, or just its "england-and-wales" part. Throws a message an
 * operator can act on when the file is not that.
 */
export function parseGovUkBankHolidays(json: unknown): BankHoliday[] {
  const root = json as Record<string, unknown> | null;
  const division = (root && typeof root === 'object' && 'england-and-wales' in root ? root['england-and-wales'] : root) as { division?: unknown; events?: unknown } | null;
  if (!division || typeof division !== 'object' || division.division !== 'england-and-wales' || !Array.isArray(division.events)) {
    throw new Error('not GOV.UK\'s bank holiday list: expected the file from https://www.gov.uk/bank-holidays.json with an "england-and-wales" division and its "events"');
  }
  return division.events.map((e: { date?: unknown; title?: unknown }, i: number) => {
    if (typeof e?.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.date) || Number.isNaN(Date.parse(e.date))) {
      throw new Error(`event ${i + 1} has no valid "date" (YYYY-MM-DD)`);
    }
    return { date: e.date, title: typeof e.title === 'string' ? e.title : 'Bank holiday' };
  });
}

export function shippedBankHolidays(): BankHoliday[] {
  return parseGovUkBankHolidays(JSON.parse(readFileSync(shippedFile, 'utf8')));
}

/** How long before the list runs out Commons starts warning: enough to download and load a newer one. */
export const WARN_MONTHS_BEFORE_RUN_OUT = 6;

/** A warning for the log when fewer than six months of known bank holidays remain after `today`, else null. */
export function runOutWarning(lastKnownDate: string, today: Date): string | null {
  const warnFrom = new Date(`${lastKnownDate}T00:00:00Z`);
  warnFrom.setUTCMonth(warnFrom.getUTCMonth() - WARN_MONTHS_BEFORE_RUN_OUT);
  if (today < warnFrom) return null;
  return `Bank holidays in England and Wales are known only until ${lastKnownDate}: after that date every weekday counts as a working day for slot generation and response times. ` +
    'Download https://www.gov.uk/bank-holidays.json and run "commons holidays refresh FILE".';
}
