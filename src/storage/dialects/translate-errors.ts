// Wraps a Kysely dialect so that every query's driver error passes through
// translateDbError: one place, below every repository and transaction, for
// both databases. Kysely has no error hook, so the driver's connections are
// wrapped as they are handed out.
import type { DatabaseConnection, Dialect, Driver } from "kysely";
import { translateDbError } from "../db-errors.ts";

const wrapped = new WeakSet<DatabaseConnection>();

function wrapConnection(connection: DatabaseConnection): DatabaseConnection {
  if (wrapped.has(connection)) return connection;
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = async (query) => {
    try {
      return await execute(query);
    } catch (err) {
      throw translateDbError(err) ?? err;
    }
  };
  wrapped.add(connection);
  return connection;
}

export function translatingDialect(inner: Dialect): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver(): Driver {
      const driver = inner.createDriver();
      return new Proxy(driver, {
        get(target, prop, receiver) {
          if (prop === "acquireConnection")
            return async () => wrapConnection(await target.acquireConnection());
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  };
}
