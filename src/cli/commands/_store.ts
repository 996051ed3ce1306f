// Opens the configured database and brings it to the latest schema.
import { openFromEnv, type Store } from "../../storage/dialects/index.ts";
import { migrateToLatest } from "../../storage/migrate.ts";
import { makeServices, type Services } from "../../services/context.ts";

export async function openServices(): Promise<Services> {
  const store: Store = openFromEnv();
  try {
    await migrateToLatest(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  return makeServices(store);
}

export function say(line: string): void {
  process.stdout.write(line + "\n");
}
