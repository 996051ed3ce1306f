// Opens the database the environment names (LANTU_DB / DATABASE_URL) and
// brings it to the latest schema: how the CLI gets its Services without
// knowing about storage.
import { openFromEnv } from "../storage/dialects/index.ts";
import { migrateToLatest } from "../storage/migrate.ts";
import { databaseBytes } from "../storage/dialects/size.ts";
import { makeServices, type Services } from "./context.ts";

export async function openServicesFromEnv(o: { server?: boolean } = {}): Promise<Services> {
  const store = openFromEnv();
  try {
    // A server claims its database before touching it (SQLite: one server a file).
    if (o.server && store.claimServer) {
      const release = await store.claimServer();
      const close = store.close;
      store.close = async () => {
        await close();
        release();
      };
    }
    await migrateToLatest(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  return makeServices(store);
}

/** The disk the database takes (the SQLite file with its log, or PostgreSQL's count). */
export const databaseSize = (s: Services) => databaseBytes(s.store);
