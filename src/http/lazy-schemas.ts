// Route schemas compiled at a route's first use instead of at start-up.
//
// Fastify compiles every route's validators (Ajv) and response serializers
// (fast-json-stringify) while the app gets ready: for this API's ~150 routes
// that was most of buildApp (about 1.2 s of CPU a start; 5–7 s of wall time
// on a loaded machine), before the first request could be answered, and a
// server serves a handful of routes in its first minutes. Here each route gets
// a stand-in that compiles its real function on its first call and then only
// forwards to it, with the same compilers and options Fastify would have used
// (its own copies of @fastify/ajv-compiler and @fastify/fast-json-stringify-compiler,
// so the app's `ajv` options apply as before). A schema that does not compile
// now fails at that route's first request rather than at start:
// `compileAllSchemas(app)` compiles them all at once, and a test calls it.
import { createRequire } from "node:module";
import type { FastifyServerOptions } from "fastify";

type Compiled = ((data: unknown, context?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };
interface RouteSchema {
  schema: unknown;
  httpPart?: string;
  [key: string]: unknown;
}
type Compile = (route: RouteSchema) => Compiled;
type Factory = (externalSchemas: unknown, options: unknown) => Compile;

// Loaded at the first compile too (Ajv, its formats and fast-json-stringify are
// a few hundred milliseconds of a start's CPU by themselves).
const fromFastify = createRequire(createRequire(import.meta.url).resolve("fastify"));
let validators: Factory | undefined;
let serializers: Factory | undefined;
const defaultValidators: Factory = (external, options) =>
  (validators ??= (fromFastify("@fastify/ajv-compiler") as () => Factory)())(external, options);
const defaultSerializers: Factory = (external, options) =>
  (serializers ??= (fromFastify("@fastify/fast-json-stringify-compiler") as () => Factory)())(
    external,
    options,
  );

/** The stand-ins of one app not yet compiled, and the factories that make them. */
export interface LazySchemas {
  pending: Set<() => void>;
  compilersFactory: NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>;
}

/**
 * Header names arrive in lower case (RFC 9110; Node lower-cases them): Fastify
 * lower-cases a header schema's property names before compiling it, but only
 * with its own compiler, so the stand-in does the same.
 */
function lowerCaseHeaders(schema: unknown): unknown {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const s = schema as { properties?: Record<string, unknown>; required?: unknown };
  const out: Record<string, unknown> = { ...s };
  if (s.properties && typeof s.properties === "object")
    out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k.toLowerCase(), v]));
  if (Array.isArray(s.required)) out.required = s.required.map((k) => String(k).toLowerCase());
  return out;
}

export function lazySchemas(): LazySchemas {
  const pending = new Set<() => void>();
  const lazy =
    (factory: Factory, validator: boolean): Factory =>
    (externalSchemas, options) => {
      // The compiler itself (an Ajv instance with its formats) is made at the first compile too.
      let compile: Compile | undefined;
      return (route) => {
        const real =
          validator && route.httpPart === "headers"
            ? { ...route, schema: lowerCaseHeaders(route.schema) }
            : route;
        let fn: Compiled | undefined;
        const ensure = () => {
          if (fn) return fn;
          compile ??= factory(externalSchemas, options);
          fn = compile(real);
          pending.delete(ensure);
          return fn;
        };
        pending.add(ensure);
        const standIn: Compiled = function (this: unknown, data: unknown, context?: unknown) {
          const f = ensure();
          const result = f.call(this, data, context);
          // Fastify reads a failed validation's errors from the function it called.
          if (validator) standIn.errors = f.errors;
          return result;
        };
        // Fastify hands an Ajv validator the request as the root's parent (so a
        // coercion or default may replace the root value) when it has schemaEnv.
        if (validator) standIn.schemaEnv = true;
        return standIn;
      };
    };
  return {
    pending,
    // Fastify's types want Ajv's own function type; the stand-in is called the same way.
    compilersFactory: {
      buildValidator: lazy(defaultValidators, true),
      buildSerializer: lazy(defaultSerializers, false),
    } as unknown as LazySchemas["compilersFactory"],
  };
}

const byApp = new WeakMap<object, LazySchemas>();

/** Remembers an app's stand-ins, for compileAllSchemas. */
export function keepLazySchemas(app: object, lazy: LazySchemas): void {
  byApp.set(app, lazy);
}

/**
 * Compiles every route's schemas of an app now, and says how many were left
 * (tests: a schema that does not compile fails here, not at its first request).
 */
export function compileAllSchemas(app: object): number {
  const all = [...(byApp.get(app)?.pending ?? [])];
  for (const ensure of all) ensure();
  return all.length;
}
