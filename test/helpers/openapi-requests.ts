/* eslint-disable @typescript-eslint/no-explicit-any -- walks JSON Schema and OpenAPI documents of any shape */
// fast-check arbitraries that turn an OpenAPI operation into HTTP requests a
// stranger might send: values that fit the schema, values just outside it
// and values chosen to break what sits behind it (numbers past every range,
// NUL bytes, impossible dates, huge strings, lying versions). Written here
// because the fast-check JSON Schema bridges on npm target other schema
// libraries or generate valid values only; the fuzzer needs both kinds mixed.
import fc from "fast-check";

export interface OpenApiOperation {
  method: string;
  path: string;
  parameters: { in: string; name: string; schema: any; required?: boolean }[];
  body?: { type: string; schema: any };
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Every operation in an OpenAPI 3 document. */
export function operationsOf(doc: any): OpenApiOperation[] {
  const ops: OpenApiOperation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<any>(item)) {
      const content = op.requestBody?.content ?? {};
      const type = Object.keys(content)[0];
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: type ? { type, schema: content[type].schema ?? {} } : undefined,
      });
    }
  }
  return ops;
}

const HOSTILE_NUMBERS = [
  "1e400",
  "-1e400",
  "Infinity",
  "NaN",
  "99999999999999999999",
  "9223372036854775808",
  "2147483648",
  "4294967296",
  "-1",
  "0",
  "1.5",
  "0x10",
  "1e3",
  " 7",
  "",
];
const HOSTILE_JSON_NUMBERS = [
  1e308,
  -1e308,
  2 ** 53 + 2,
  2 ** 63,
  2 ** 31,
  -(2 ** 31) - 1,
  1.5,
  0,
  -1,
  1e-300,
];
const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "名称\u0000",
  "x".repeat(10_000),
  "字".repeat(201),
  "长".repeat(100_000),
  "2024-13-45",
  "0000-00-00",
  "2024-02-30",
  "9999-99-99",
  "-0001-01-01",
  "2024Q5",
  "\ud800",
  "'; DROP TABLE users; --",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  '["a",1.5]',
  "WyJhIiwxLjVd", // base64url of ["a",1.5]
  "eyJpZCI6MWU0MDB9",
  " ",
  "",
];

const hostileNumberText = fc.constantFrom(...HOSTILE_NUMBERS);
const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const anyJson = fc.jsonValue({ maxDepth: 2 });

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_JSON_NUMBERS),
  hostileString,
  fc.constantFrom(null, [], {}, true, "1e400"),
  anyJson,
);
const isNumeric = (schema: any) => ["integer", "number"].includes(schema?.type);
// Hostile values of the slot's own kind come first: a number past every range
// for a number, a NUL or an impossible date for a string.
const hostileTextFor = (schema: any): fc.Arbitrary<string> =>
  isNumeric(schema)
    ? fc.oneof({ weight: 4, arbitrary: hostileNumberText }, { weight: 1, arbitrary: hostileString })
    : fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: hostileNumberText });
const hostileJsonFor = (schema: any): fc.Arbitrary<unknown> =>
  isNumeric(schema)
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_JSON_NUMBERS) },
        { weight: 1, arbitrary: hostileJson },
      )
    : fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: hostileJson });

/** A value that fits `schema` (mostly: a field now and then holds a hostile value). */
export function valueFor(schema: any, ids: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 15, arbitrary: fitting(schema, ids) }, { weight: 1, arbitrary: hostileJson });
}

function fitting(schema: any, ids: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  if (!schema || typeof schema !== "object") return anyJson;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s: any) => fitting(s, ids)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "integer":
      return fc.oneof(
        ids,
        fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 300, 10_000) }),
      );
    case "number":
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -10, max: 1000 }),
      );
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "string":
      return stringFor(schema);
    case "array":
      return fc.array(valueFor(schema.items ?? {}, ids), { maxLength: 4 });
    case "object":
      return objectFor(schema, ids);
    default:
      return anyJson;
  }
}

function stringFor(schema: any): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 40, 40);
  const options: fc.Arbitrary<string>[] = [
    fc.string({ minLength: schema.minLength ?? 0, maxLength: max }),
    fc.string({ unit: "grapheme", minLength: schema.minLength ?? 1, maxLength: max }),
  ];
  const realDay = fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  if (schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}"))
    return fc.oneof(realDay, fc.stringMatching(new RegExp(schema.pattern)));
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === "date") return realDay;
  return fc.oneof(...options);
}

function objectFor(schema: any, ids: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  const props: Record<string, any> = schema.properties ?? {};
  const names = Object.keys(props);
  const required = new Set<string>(schema.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const n of names) record[n] = valueFor(props[n], ids);
  const requiredKeys = names.filter((n) => required.has(n));
  const extra = fc.oneof(
    { weight: 12, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom("__proto__", "constructor", "extra", "id", "version"), anyJson),
    },
  );
  return fc
    .tuple(
      fc.oneof(
        { weight: 12, arbitrary: fc.record(record, { requiredKeys }) },
        { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
      ),
      extra,
    )
    .map(([value, more]) => {
      const out: Record<string, unknown> = { ...(value as object) };
      if (more) out[more[0]] = more[1];
      return out;
    });
}

const fittingText = (schema: any, ids: fc.Arbitrary<number>) =>
  fitting(schema, ids).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));

const IF_MATCH = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((v) => `"${v}"`),
  fc.integer({ min: 0, max: 30 }).map((v) => `W/"${v}"`),
  fc.constantFrom("999999999999", "99999999999999999999", "1e400", "-1", '"a"', "*", "", '"1", "2"'),
);

// A lone surrogate cannot be percent-encoded (it is not UTF-8); a client sends U+FFFD.
// Header values keep printable ASCII: an HTTP client cannot send the rest.
const encode = (text: string) =>
  encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
  );

/** Requests for one operation; `ids` are the ids worth hitting (those that exist, mostly). */
export function requestsFor(
  op: OpenApiOperation,
  ids: fc.Arbitrary<number>,
  bodies: fc.Arbitrary<Buffer> = fc.uint8Array({ maxLength: 256 }).map((a) => Buffer.from(a)),
): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === "path");
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const headerParams = op.parameters.filter((p) => p.in === "header");
  const pathArb = fc.tuple(...pathParams.map(() => ids.map(String)));
  const queryArb = fc.tuple(
    ...queryParams.map((p) =>
      p.required ? fittingText(p.schema, ids) : fc.option(fittingText(p.schema, ids), { freq: 2 }),
    ),
  );
  const headerArb = fc.tuple(
    ...headerParams.map((p) =>
      p.name === "if-match"
        ? fc.option(IF_MATCH, { freq: 8 })
        : fc.option(fittingText(p.schema, ids), { freq: 2 }),
    ),
  );
  const json = op.body?.type === "application/json";
  let bodyArb: fc.Arbitrary<unknown> = fc.constant(undefined);
  if (json) bodyArb = valueFor(op.body!.schema, ids);
  else if (op.body) bodyArb = bodies;
  const fields: string[] = json ? Object.keys(op.body!.schema?.properties ?? {}) : [];
  // Most requests fit the schema but for one slot (a parameter, a header or
  // a body field) that holds a hostile value: a request wrong everywhere
  // stops at validation and tests nothing behind it.
  const slotSchemas = [
    ...pathParams.map((p) => p.schema),
    ...queryParams.map((p) => p.schema),
    ...headerParams.map((p) => p.schema),
    ...fields.map((f) => op.body!.schema.properties[f]),
  ];
  const slots = slotSchemas.length;
  const mutation = slots
    ? fc.option(
        fc.oneof(
          ...slotSchemas.map((schema, i) =>
            fc.tuple(fc.constant(i), hostileTextFor(schema), hostileJsonFor(schema)),
          ),
        ),
        { freq: 2 },
      )
    : fc.constant(null);
  const rawBody = fc.oneof(
    { weight: 30, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom("{", "[]", "null", '{"a":1e400}', "\u0000", '"\\u0000"') },
  );
  return fc
    .tuple(pathArb, queryArb, headerArb, bodyArb, mutation, rawBody)
    .map(([pathValues, queryValues, headerValues, body, mutate, raw]) => {
      const path = [...pathValues];
      const query = [...queryValues];
      const header = [...headerValues];
      let payloadValue = body;
      if (mutate && slots > 0) {
        let [at] = mutate;
        const [, text, value] = mutate;
        if (at < path.length) path[at] = text;
        else if ((at -= path.length) < query.length) query[at] = text;
        else if ((at -= query.length) < header.length) header[at] = text;
        else if (payloadValue && typeof payloadValue === "object" && !Buffer.isBuffer(payloadValue))
          payloadValue = { ...(payloadValue as object), [fields[at - header.length]!]: value };
      }
      let url = op.path;
      pathParams.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, encode(path[i]!));
      });
      const q = queryParams
        .map((p, i) => (query[i] === null ? null : `${encode(p.name)}=${encode(query[i]!)}`))
        .filter((x) => x !== null);
      if (q.length) url += "?" + q.join("&");
      const headers: Record<string, string> = {};
      headerParams.forEach((p, i) => {
        const v = header[i];
        if (v !== null && v !== undefined)
          headers[p.name] = [...v].filter((c) => c >= " " && c <= "~").join("");
      });
      let payload: string | Buffer | undefined;
      if (json) payload = raw ?? JSON.stringify(payloadValue) ?? "null";
      else if (op.body) payload = payloadValue as Buffer;
      if (payload !== undefined) headers["content-type"] = op.body!.type;
      return { method: op.method, url, headers, payload };
    });
}

/** Signs of an answer that leaks internals: a stack frame, a source path, SQL or a driver's message. */
export const LEAK =
  /\bat [^\s]+ \(|node_modules|\/src\/|\.ts:\d+|SQLITE_|sqlite3?|postgres|syntax error|violates|duplicate key|constraint|stack/i;
