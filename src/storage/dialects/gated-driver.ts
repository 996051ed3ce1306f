// Wraps a SQLite dialect so that the main thread's writes pass the WriteGate
// before they take the connection. Kysely's SQLite driver has one connection
// behind a mutex; the gate is waited for *before* that mutex, so a write
// waiting for an ingest in another thread to commit holds nothing, and the
// reads queued behind it still run.
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from "kysely";
import type { WriteGate } from "./write-gate.ts";

/** Statements that read only: a SELECT, or raw SQL that starts as one. Anything else is taken for a write. */
export function readsOnly(query: CompiledQuery): boolean {
  const kind = query.query.kind;
  if (kind === "SelectQueryNode") return true;
  if (kind === "RawNode") return /^\s*(select|explain)\b/i.test(query.sql);
  return false;
}

class Handle implements DatabaseConnection {
  /** The driver's connection while a transaction holds it. */
  held: DatabaseConnection | null = null;

  constructor(
    private readonly inner: Driver,
    private readonly gate: WriteGate,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.held) return this.held.executeQuery<R>(query);
    const write = !readsOnly(query);
    if (write) await this.gate.enter();
    try {
      const connection = await this.inner.acquireConnection();
      try {
        return await connection.executeQuery<R>(query);
      } finally {
        await this.inner.releaseConnection(connection);
      }
    } finally {
      if (write) this.gate.leave();
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.held) return yield* this.held.streamQuery<R>(query, chunkSize);
    const connection = await this.inner.acquireConnection();
    try {
      yield* connection.streamQuery<R>(query, chunkSize);
    } finally {
      await this.inner.releaseConnection(connection);
    }
  }
}

class GatedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly gate: WriteGate,
  ) {}

  init = () => this.inner.init();
  destroy = () => this.inner.destroy();

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Handle(this.inner, this.gate);
  }

  async releaseConnection(): Promise<void> {}

  async beginTransaction(handle: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const h = handle as Handle;
    await this.gate.enter();
    const connection = await this.inner.acquireConnection();
    try {
      await this.inner.beginTransaction(connection, settings);
    } catch (err) {
      await this.inner.releaseConnection(connection);
      this.gate.leave();
      throw err;
    }
    h.held = connection;
  }

  // A failed commit is followed by Kysely's rollback, which lets go.
  async commitTransaction(handle: DatabaseConnection): Promise<void> {
    const h = handle as Handle;
    await this.inner.commitTransaction(h.held!);
    await this.#letGo(h);
  }

  async rollbackTransaction(handle: DatabaseConnection): Promise<void> {
    const h = handle as Handle;
    if (!h.held) return;
    try {
      await this.inner.rollbackTransaction(h.held);
    } finally {
      await this.#letGo(h);
    }
  }

  async savepoint(
    handle: DatabaseConnection,
    name: string,
    compile: Parameters<NonNullable<Driver["savepoint"]>>[2],
  ) {
    await this.inner.savepoint!((handle as Handle).held!, name, compile);
  }

  async rollbackToSavepoint(
    handle: DatabaseConnection,
    name: string,
    compile: Parameters<NonNullable<Driver["rollbackToSavepoint"]>>[2],
  ) {
    await this.inner.rollbackToSavepoint!((handle as Handle).held!, name, compile);
  }

  async releaseSavepoint(
    handle: DatabaseConnection,
    name: string,
    compile: Parameters<NonNullable<Driver["releaseSavepoint"]>>[2],
  ) {
    await this.inner.releaseSavepoint!((handle as Handle).held!, name, compile);
  }

  async #letGo(h: Handle) {
    const connection = h.held!;
    h.held = null;
    await this.inner.releaseConnection(connection);
    this.gate.leave();
  }
}

export function gatedDialect(inner: Dialect, gate: WriteGate): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver: () => new GatedDriver(inner.createDriver(), gate),
  };
}
