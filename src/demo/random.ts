/**
 * A seeded random source for the demo network: the same seed always gives the same network.
 * mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough for synthetic data.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[value, weight], …]`; weights need not sum to 1. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of options) total += w;
    let r = this.next() * total;
    for (const [v, w] of options) {
      r -= w;
      if (r < 0) return v;
    }
    return options[options.length - 1][0];
  }

  /** A new independent stream, so adding a draw in one phase leaves every other phase unchanged. */
  fork(label: string): Random {
    let h = this.state ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Random(h >>> 0);
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * UUIDv7-shaped ids from a seeded stream: a 48-bit millisecond clock that starts at `epoch` and
 * ticks once per id (so ids sort in creation order, like real v7 ids), then 74 seeded random bits.
 */
export class IdSource {
  private ms: number;
  private readonly random: Random;

  constructor(seed: number, epoch: Date) {
    this.ms = epoch.getTime();
    this.random = new Random(seed ^ 0x5eed1d5);
  }

  next(): string {
    const ms = this.ms++;
    const hi = Math.floor(ms / 0x1000000); // top 24 bits of 48
    const lo = ms % 0x1000000; // bottom 24 bits
    const r1 = (this.random.next() * 0x100000000) >>> 0;
    const r2 = (this.random.next() * 0x100000000) >>> 0;
    const r3 = (this.random.next() * 0x100000000) >>> 0;
    const b = [
      (hi >>> 16) & 0xff, (hi >>> 8) & 0xff, hi & 0xff, (lo >>> 16) & 0xff, (lo >>> 8) & 0xff, lo & 0xff,
      0x70 | ((r1 >>> 28) & 0x0f), (r1 >>> 20) & 0xff, // version 7 + rand_a
      0x80 | ((r1 >>> 14) & 0x3f), (r1 >>> 6) & 0xff, // RFC 4122 variant + rand_b
      r2 & 0xff, (r2 >>> 8) & 0xff, (r2 >>> 16) & 0xff, (r2 >>> 24) & 0xff, r3 & 0xff, (r3 >>> 8) & 0xff,
    ];
    return `${HEX[b[0]]}${HEX[b[1]]}${HEX[b[2]]}${HEX[b[3]]}-${HEX[b[4]]}${HEX[b[5]]}-${HEX[b[6]]}${HEX[b[7]]}-${HEX[b[8]]}${HEX[b[9]]}-${HEX[b[10]]}${HEX[b[11]]}${HEX[b[12]]}${HEX[b[13]]}${HEX[b[14]]}${HEX[b[15]]}`;
  }
}
