// Per-account back-off for signing in, in addition to the per-address limit:
// guessing one account's password from many addresses slows down, while
// colleagues behind the same NAT are not locked out together. After `free`
// failures in a row an account waits 1 s, then 2 s, 4 s… up to `maxWaitMs`
// before the next attempt is even checked; a success clears it. Kept in
// memory: a restart forgets it, which costs an attacker one restart per
// round and costs nobody a stored lock-out.
import { LantuError } from "../errors.ts";

interface Failures {
  count: number;
  until: number;
}

export class LoginBackoff {
  private readonly failures = new Map<string, Failures>();
  constructor(
    private readonly free = 5,
    private readonly maxWaitMs = 15 * 60_000,
    private readonly maxAccounts = 10_000,
  ) {}

  /** Throws rate_limited while `username` must wait. */
  check(username: string, now: number): void {
    const f = this.failures.get(username.toLowerCase());
    if (f && now < f.until) {
      const seconds = Math.ceil((f.until - now) / 1000);
      throw new LantuError(
        "rate_limited",
        `too many failed sign-ins for this account; wait ${seconds} s and retry`,
        { retry_after: seconds },
      );
    }
  }

  failed(username: string, now: number): void {
    const key = username.toLowerCase();
    const f = this.failures.get(key) ?? { count: 0, until: 0 };
    f.count++;
    f.until = f.count >= this.free ? now + Math.min(this.maxWaitMs, 1000 * 2 ** (f.count - this.free)) : 0;
    this.failures.delete(key); // re-inserted last: the map's order is oldest first
    this.failures.set(key, f);
    if (this.failures.size > this.maxAccounts) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(username: string): void {
    this.failures.delete(username.toLowerCase());
  }
}
