// The worker thread of an ingest job: reads the document's bytes (the same
// src/input reader as the CLI: encodings, limits, PDF, OCR), runs the
// extraction engine, and — when the database can be opened from another
// thread — stores the result through its own connection, in the ingest
// command's one transaction. All three hold a CPU for seconds to minutes on a
// big document; the main thread only relays progress, so the server keeps
// answering while this runs.
//
// Storing from here waits for the main thread's word ("go"): on SQLite the
// main thread first holds its own writes back (Store.exclusiveWrites), since
// two connections cannot write at once and the main one must never wait
// synchronously. Readers are not held back: until the commit they see the
// database without the document (never half of it).
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { sentenceHashes } from "../domain/similarity.ts";
import type { Actor } from "../domain/types.ts";
import { extract } from "../engine/index.ts";
import type { Extraction, ExtractOptions } from "../engine/types.ts";
import { isLantuError } from "../errors.ts";
import { decodeBytes, type DecodedDocument } from "../input/index.ts";
import { openSpec, type StoreSpec } from "../storage/dialects/index.ts";
import { makeServices, type Services } from "./context.ts";
import { ingest, type Extractor, type IngestInput, type IngestResult } from "./ingest.service.ts";

export interface WorkerInput {
  /** The uploaded bytes and the name they came with, or text already decoded (a JSON POST). */
  bytes?: Uint8Array;
  text?: string;
  name: string;
  encoding?: string;
  year?: number;
  /** The framework to read the document against, when the caller gave one. */
  framework?: ExtractOptions["framework"];
  /** The plan's goals as a framework: used when the document declares none of its own. */
  planFramework?: ExtractOptions["framework"];
}

/** What the ingest command needs besides the text: where the document goes and who sends it. */
export interface StoreRequest {
  source: string;
  title?: string;
  year?: number;
  plan?: string;
  revises?: string;
  framework?: ExtractOptions["framework"];
  actor: Actor;
}

export type Stage = "reading" | "extracting" | "storing";

export type WorkerMessage =
  | { type: "progress"; stage: Stage; done: number; total: number }
  | {
      type: "done";
      decoded: DecodedDocument;
      /** The extraction without a plan framework, and (when the document declares none) with it. */
      plain: Extraction;
      withPlan: Extraction | null;
      /** The text's sentence fingerprints (revision recognition), computed here to spare the main thread. */
      fingerprints: string[];
    }
  /** Read and extracted; waiting for "go" to store. */
  | { type: "ready" }
  | { type: "stored"; result: IngestResult }
  | { type: "error"; code: string; message: string; details?: unknown };

export type Extracted = WorkerMessage & { type: "done" };

/** What the main thread tells a worker that is ready to store: go, at this time. */
export interface GoMessage {
  type: "go";
  now: string;
}

/** What the worker does before storing, callable in-process too (tests, a fake extractor). */
export async function readAndExtract(
  input: WorkerInput,
  report: (m: WorkerMessage) => void,
  extractor: (text: string, options: ExtractOptions) => Extraction = extract,
): Promise<Extracted> {
  const decoded: DecodedDocument =
    input.bytes !== undefined
      ? await decodeBytes(input.bytes, {
          name: input.name,
          encoding: input.encoding,
          onPage: (done, total) => report({ type: "progress", stage: "reading", done, total }),
        })
      : { text: input.text ?? "", format: "text", encoding: "utf-8" };
  report({ type: "progress", stage: "extracting", done: 0, total: 1 });
  const plain = extractor(decoded.text, { year: input.year, framework: input.framework });
  const withPlan =
    !input.framework && !plain.framework && input.planFramework
      ? extractor(decoded.text, { year: input.year, framework: input.planFramework })
      : null;
  const fingerprints = sentenceHashes(decoded.text);
  report({ type: "progress", stage: "extracting", done: 1, total: 1 });
  return { type: "done", decoded, plain, withPlan, fingerprints };
}

/**
 * Stores an extracted document with the ingest command. The worker's
 * extraction stands in for the engine; a call it cannot answer (a revision
 * recognised in another plan that has goals) runs the engine here.
 */
export function storeExtracted(
  s: Services,
  out: Extracted,
  request: StoreRequest,
  planFramework: ExtractOptions["framework"],
  onStep?: (done: number, total: number) => void,
  fallback: Extractor = extract,
): Promise<IngestResult> {
  const input: IngestInput = {
    text: out.decoded.text,
    source: request.source,
    format: out.decoded.format,
    encoding: out.decoded.encoding,
    title: request.title,
    year: request.year,
    plan: request.plan,
    revises: request.revises,
    // The plan's goals, when the worker read the document against them (as ingest would).
    framework: request.framework ?? (out.withPlan ? planFramework : undefined),
    fingerprints: out.fingerprints,
    pages: out.decoded.pages,
  };
  const cached: Extractor = (text, options) =>
    text === out.decoded.text && options.framework === input.framework
      ? (out.withPlan ?? out.plain)
      : fallback(text, options);
  return ingest(s, input, request.actor, cached, onStep);
}

const asError = (err: unknown): WorkerMessage =>
  isLantuError(err)
    ? { type: "error", code: err.code, message: err.message, details: err.details }
    : { type: "error", code: "internal", message: String((err as Error)?.stack ?? err) };

/** The thread's whole job: read, extract, then (given a database) wait for "go" and store. */
async function work(
  port: MessagePort,
  input: WorkerInput,
  store?: { spec: StoreSpec; request: StoreRequest },
) {
  const out = await readAndExtract(input, (m) => port.postMessage(m));
  if (!store) return port.postMessage(out);
  const go = await new Promise<GoMessage>((resolve) => {
    port.once("message", resolve);
    port.postMessage({ type: "ready" } satisfies WorkerMessage);
  });
  // This thread serves no request, so it may wait for a write lock (another
  // process, e.g. a CLI ingest) as long as a big commit takes.
  const db = openSpec(store.spec, { busyTimeoutMs: 10 * 60_000 });
  let result: Awaited<ReturnType<typeof storeExtracted>>;
  try {
    const s = makeServices(db, () => new Date(go.now));
    const report = (done: number, total: number) =>
      port.postMessage({ type: "progress", stage: "storing", done, total } satisfies WorkerMessage);
    result = await storeExtracted(s, out, store.request, input.planFramework, report);
  } finally {
    // Closed before "stored" is sent: the parent terminates the thread on that
    // message, and a connection left open keeps SQLite's log from being
    // checkpointed away when the server closes.
    await db.close();
  }
  port.postMessage({ type: "stored", result } satisfies WorkerMessage);
}

if (parentPort && workerData?.lantuIngest) {
  const port = parentPort;
  const { input, store } = workerData.lantuIngest as {
    input: WorkerInput;
    store?: { spec: StoreSpec; request: StoreRequest };
  };
  work(port, input, store).catch((err: unknown) => port.postMessage(asError(err)));
}
