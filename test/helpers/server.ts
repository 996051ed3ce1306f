// A test's server: a fresh database on one dialect, the services on it with the
// test's clock, the app listening on a free port; closed and dropped after the
// test body, whether it passed or not.
import type { AddressInfo } from "node:net";
import { buildApp, type AppOptions } from "../../src/http/app.ts";
import { makeServices, type Services } from "../../src/services/context.ts";
import type { Store } from "../../src/storage/dialects/index.ts";
import { freshStore } from "./stores.ts";

export interface TestServer {
  store: Store;
  s: Services;
  app: Awaited<ReturnType<typeof buildApp>>;
  /** http://127.0.0.1:PORT */
  base: string;
}

export async function withServer(
  dialect: "sqlite" | "postgres",
  options: AppOptions & { now?: () => Date },
  body: (server: TestServer) => Promise<void>,
): Promise<void> {
  const { now, ...appOptions } = options;
  const { store, drop } = await freshStore(dialect);
  try {
    const s = makeServices(store, now);
    const app = await buildApp(s, appOptions);
    try {
      await app.listen({ port: 0, host: "127.0.0.1" });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      await body({ store, s, app, base });
    } finally {
      await app.close();
    }
  } finally {
    await drop();
  }
}
