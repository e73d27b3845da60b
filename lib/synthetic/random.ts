import { createHash } from "node:crypto";

/**
 * Deterministic draws keyed by name: the same seed and key always give the same
 * value, independent of how many other values were drawn before. Pure.
 */
export class Draw {
  constructor(readonly seed: string) {}

  private bytes(key: string): Buffer {
    return createHash("sha256").update(`${this.seed}\u0000${key}`).digest();
  }

  /** An integer in [min, max] (inclusive), as BigInt. */
  big(key: string, min: bigint, max: bigint): bigint {
    if (max < min) throw new RangeError(`empty range for ${key}`);
    const raw = this.bytes(key).readBigUInt64BE(0);
    return min + (raw % (max - min + 1n));
  }

  /** An integer in [min, max] (inclusive). */
  int(key: string, min: number, max: number): number {
    return Number(this.big(key, BigInt(min), BigInt(max)));
  }

  /** True with probability percent / 100. */
  chance(key: string, percent: number): boolean {
    return this.int(key, 0, 99) < percent;
  }

  pick<T>(key: string, options: readonly T[]): T {
    const value = options[this.int(key, 0, options.length - 1)];
    if (value === undefined) throw new RangeError(`nothing to pick for ${key}`);
    return value;
  }

  /** A sub-stream whose keys are prefixed. */
  scope(prefix: string): Draw {
    return new Draw(`${this.seed}\u0000${prefix}`);
  }
}
