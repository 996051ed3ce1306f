// One writer at a time on a SQLite file, across this process's threads.
//
// SQLite lets many connections read while one writes, but a second writer
// waits for the first to commit, and better-sqlite3 waits synchronously
// (busy_timeout): a write on the main thread while an ingest worker holds the
// write lock would freeze the whole server for that long. So the main
// thread's writes (a transaction, or a write outside one) pass this gate
// first, and an ingest that stores from its own thread holds the gate
// exclusively for its one transaction: main-thread writes then wait their
// turn without blocking the event loop, and reads never wait at all.
export class WriteGate {
  #writers = 0;
  #exclusive = false;
  /** Exclusive holders waiting: new writers queue behind them, so a busy server cannot starve an ingest. */
  #waiting = 0;
  #wake: (() => void)[] = [];

  /** Waits until no exclusive holder runs or waits, then counts one writer in. */
  async enter(): Promise<void> {
    while (this.#exclusive || this.#waiting > 0) await this.#changed();
    this.#writers++;
  }

  leave(): void {
    this.#writers--;
    this.#notify();
  }

  /** Runs `fn` once every writer in is out, holding new writers back until it ends. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.#waiting++;
    try {
      while (this.#exclusive || this.#writers > 0) await this.#changed();
    } finally {
      this.#waiting--;
    }
    this.#exclusive = true;
    try {
      return await fn();
    } finally {
      this.#exclusive = false;
      this.#notify();
    }
  }

  /** For tests and messages: whether an exclusive holder runs now. */
  get held(): boolean {
    return this.#exclusive;
  }

  #changed(): Promise<void> {
    return new Promise((resolve) => this.#wake.push(resolve));
  }

  #notify() {
    const wake = this.#wake;
    this.#wake = [];
    for (const w of wake) w();
  }
}
