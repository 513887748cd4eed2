// The summaries of one network as columns of typed arrays (about 18 bytes a person), counted by cohort in one
// pass: the filter and every breakdown together, a few milliseconds for 1.5 million people where SQL reads
// 100,000s of index entries per count. Rows have no identity here: a count does not need one, and a change
// arrives as the summary as it was (removed) and as it is (added), so removing any row with the same values
// is exact. Dates are day numbers (days since 1970-01-01), compared as the SQL compares the dates.

import { SEXES } from './cohort-filter.ts';

/** The sexes the breakdown counts, in its order; any other value is code 4. */
export const SEX_CODES = SEXES;
/** eFI categories by code; 0 is none (under 65). */
export const EFI_CODES = [null, 'fit', 'mild', 'moderate', 'severe'] as const;
/** A summary with no review: before every date. */
const NO_REVIEW = -0x80000000;
/** Bounds that hold for every day number (whole numbers keep the count's loop in integer arithmetic). */
export const EVER_BEFORE = -0x80000000;
export const EVER_AFTER = 0x7fffffff;

/** One summary's counted columns, as the database gives them (dates as day numbers). */
export interface SummaryValues {
  practiceId: string;
  born: number;
  reviewed: number | null;
  sex: string;
  efiCategory: string | null;
  imdDecile: number | null;
  registerMask: number;
  dueMask: number;
  multimorbidity: number;
}

/** The day number of a date 'YYYY-MM-DD'. */
export const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * What a count keeps, each check a table or a bound so the loop never branches on what the filter gave:
 * tables indexed by the column's code (1: passes), day bounds (born after `bornAfter` and at most
 * `bornAtMost`; reviewed before `reviewedBefore`), and the age bands' dates of birth (`bandBornAfter`:
 * born after the k-th date is younger than the k-th band's upper age).
 */
export interface ColumnQuery {
  practiceOk: (practiceId: string) => boolean;
  sexOk: Uint8Array;
  efiOk: Uint8Array;
  imdOk: Uint8Array;
  registersOk: Uint8Array;
  dueOk: Uint8Array;
  bornAfter: number;
  bornAtMost: number;
  reviewedBefore: number;
  multimorbidityMin: number;
  bandBornAfter: readonly number[];
}

export interface ColumnTally {
  total: number;
  byPractice: Map<string, number>;
  /** By code: efi and sex as EFI_CODES and SEX_CODES, deciles 0 (none) to 10, age bands in order. */
  efi: Int32Array;
  sex: Int32Array;
  imd: Int32Array;
  band: Int32Array;
}

/** Masks are 16 bits here: more registers than that would need wider columns (registers.ts has 12). */
const MASK_LIMIT = 0x10000;

export class SummaryColumns {
  size = 0;
  private practices: string[] = [];
  private practiceCode = new Map<string, number>();
  private practice = new Uint16Array(0);
  private born = new Int32Array(0);
  private reviewed = new Int32Array(0);
  private registers = new Uint16Array(0);
  private due = new Uint16Array(0);
  private sex = new Uint8Array(0);
  private efi = new Uint8Array(0);
  private imd = new Uint8Array(0);
  private multimorbidity = new Uint8Array(0);

  constructor(capacity = 0) {
    this.grow(capacity);
  }

  /** Bytes held by the columns. */
  get bytes() {
    return [this.practice, this.born, this.reviewed, this.registers, this.due, this.sex, this.efi, this.imd, this.multimorbidity].reduce((a, c) => a + c.byteLength, 0);
  }

  add(v: SummaryValues) {
    if (this.size === this.born.length) this.grow(Math.max(1024, Math.ceil(this.size * 1.25)));
    this.write(this.size++, v);
  }

  /**
   * Applies changes: each summary as it was (sign -1) and as it now is (+1). Equal rows cancel first (an update
   * that left the counted columns alone), then one pass finds a row equal to each one removed. False, with
   * nothing changed, when a removed row is not here: the columns no longer match the table, and must be loaded again.
   */
  apply(changes: readonly { sign: number; values: SummaryValues }[]): boolean {
    const net = new Map<string, { values: SummaryValues; n: number }>();
    for (const c of changes) {
      const key = JSON.stringify(c.values);
      const e = net.get(key) ?? { values: c.values, n: 0 };
      e.n += c.sign;
      net.set(key, e);
    }
    const removals = [...net.values()].filter((e) => e.n < 0);
    if (removals.length && !this.remove(removals)) return false;
    for (const e of net.values()) for (let k = 0; k < e.n; k++) this.add(e.values);
    return true;
  }

  /** Counts the rows the query passes: the total, and by practice, eFI category, sex, decile and age band. */
  count(q: ColumnQuery): ColumnTally {
    const { size: n, practice, born, reviewed, registers, due, sex, efi, imd, multimorbidity } = this;
    const { sexOk, efiOk, imdOk, registersOk, dueOk, bornAfter, bornAtMost, reviewedBefore, multimorbidityMin } = q;
    const practiceOk = Uint8Array.from(this.practices, (id) => (q.practiceOk(id) ? 1 : 0));
    const [b0, b1, b2, b3, b4] = q.bandBornAfter;
    const byPractice = new Int32Array(this.practices.length);
    const efiCount = new Int32Array(EFI_CODES.length);
    const sexCount = new Int32Array(SEX_CODES.length + 1);
    const imdCount = new Int32Array(11);
    const bandCount = new Int32Array(6);
    let total = 0;
    // A test per column, the first failing one ending the row: narrow cohorts cost least (8 ms for one
    // practice's register against 38 ms tallying every row by 0 or 1 without branches, 1.5 million rows,
    // load 3; about even for everyone).
    for (let i = 0; i < n; i++) {
      const b = born[i];
      if (practiceOk[practice[i]] === 0 || sexOk[sex[i]] === 0 || efiOk[efi[i]] === 0 || imdOk[imd[i]] === 0 || registersOk[registers[i]] === 0 || dueOk[due[i]] === 0
        || b <= bornAfter || b > bornAtMost || reviewed[i] >= reviewedBefore || multimorbidity[i] < multimorbidityMin) continue;
      total++;
      byPractice[practice[i]]++;
      efiCount[efi[i]]++;
      sexCount[sex[i]]++;
      imdCount[imd[i]]++;
      bandCount[b > b0 ? 0 : b > b1 ? 1 : b > b2 ? 2 : b > b3 ? 3 : b > b4 ? 4 : 5]++;
    }
    const practices = new Map<string, number>();
    byPractice.forEach((count, code) => { if (count > 0) practices.set(this.practices[code], count); });
    return { total, byPractice: practices, efi: efiCount, sex: sexCount, imd: imdCount, band: bandCount };
  }

  private write(i: number, v: SummaryValues) {
    if (v.registerMask < 0 || v.registerMask >= MASK_LIMIT || v.dueMask < 0 || v.dueMask >= MASK_LIMIT) throw new Error(`a register mask beyond 16 bits (${v.registerMask}, ${v.dueMask})`);
    if (v.multimorbidity < 0 || v.multimorbidity > 255) throw new Error(`multimorbidity ${v.multimorbidity} out of range`);
    this.practice[i] = this.practiceCodeOf(v.practiceId);
    this.born[i] = v.born;
    this.reviewed[i] = v.reviewed ?? NO_REVIEW;
    this.registers[i] = v.registerMask;
    this.due[i] = v.dueMask;
    const sex = SEX_CODES.indexOf(v.sex as (typeof SEX_CODES)[number]);
    this.sex[i] = sex < 0 ? SEX_CODES.length : sex;
    const efi = EFI_CODES.indexOf(v.efiCategory as (typeof EFI_CODES)[number]);
    if (efi < 0) throw new Error(`unknown eFI category ${v.efiCategory}`);
    this.efi[i] = efi;
    if (v.imdDecile !== null && !(v.imdDecile >= 1 && v.imdDecile <= 10)) throw new Error(`decile ${v.imdDecile} out of range`);
    this.imd[i] = v.imdDecile ?? 0;
    this.multimorbidity[i] = v.multimorbidity;
  }

  private practiceCodeOf(id: string) {
    let code = this.practiceCode.get(id);
    if (code === undefined) {
      if (this.practices.length === 0xffff) throw new Error('more than 65,535 practices');
      code = this.practices.push(id) - 1;
      this.practiceCode.set(id, code);
    }
    return code;
  }

  /** Removes one row equal to each wanted (n < 0: that many); false, changing nothing, when some are not found. */
  private remove(wanted: { values: SummaryValues; n: number }[]) {
    const byBorn = new Map<number, { values: SummaryValues; left: number }[]>();
    let left = 0;
    for (const w of wanted) {
      const list = byBorn.get(w.values.born) ?? [];
      list.push({ values: w.values, left: -w.n });
      byBorn.set(w.values.born, list);
      left += -w.n;
    }
    const found: number[] = [];
    for (let i = 0; i < this.size && left > 0; i++) {
      const match = byBorn.get(this.born[i])?.find((w) => w.left > 0 && this.holds(i, w.values));
      if (!match) continue;
      match.left--;
      left--;
      found.push(i);
    }
    if (left > 0) return false;
    // Last first, each taking the last row into its place (order means nothing here): the rows moved are
    // never ones still to remove, which all lie before.
    for (let k = found.length - 1; k >= 0; k--) {
      this.move(this.size - 1, found[k]);
      this.size--;
    }
    return true;
  }

  private holds(i: number, v: SummaryValues) {
    const sex = SEX_CODES.indexOf(v.sex as (typeof SEX_CODES)[number]);
    return this.practices[this.practice[i]] === v.practiceId && this.reviewed[i] === (v.reviewed ?? NO_REVIEW) && this.registers[i] === v.registerMask
      && this.due[i] === v.dueMask && this.sex[i] === (sex < 0 ? SEX_CODES.length : sex) && this.efi[i] === EFI_CODES.indexOf(v.efiCategory as (typeof EFI_CODES)[number])
      && this.imd[i] === (v.imdDecile ?? 0) && this.multimorbidity[i] === v.multimorbidity;
  }

  private move(from: number, to: number) {
    for (const c of [this.practice, this.born, this.reviewed, this.registers, this.due, this.sex, this.efi, this.imd, this.multimorbidity]) c[to] = c[from];
  }

  private grow(capacity: number) {
    const widen = <T extends Uint8Array | Uint16Array | Int32Array>(old: T, make: (n: number) => T) => { const c = make(capacity); c.set(old.subarray(0, this.size) as never); return c; };
    this.practice = widen(this.practice, (k) => new Uint16Array(k));
    this.born = widen(this.born, (k) => new Int32Array(k));
    this.reviewed = widen(this.reviewed, (k) => new Int32Array(k));
    this.registers = widen(this.registers, (k) => new Uint16Array(k));
    this.due = widen(this.due, (k) => new Uint16Array(k));
    this.sex = widen(this.sex, (k) => new Uint8Array(k));
    this.efi = widen(this.efi, (k) => new Uint8Array(k));
    this.imd = widen(this.imd, (k) => new Uint8Array(k));
    this.multimorbidity = widen(this.multimorbidity, (k) => new Uint8Array(k));
  }
}
