// Ingest as a background job: the document is read, extracted and stored in
// a worker thread (ingest-worker.ts) through the worker's own database
// connection; the main thread keeps answering requests (its writes wait, not
// blocking the loop, while the worker's transaction runs on SQLite). One job runs at a time per server (the machine's cores are
// better spent finishing one document than slicing two); others queue.
//
// The job table is kept in memory: a job is a few minutes of work whose
// outcome (the stored document, its audit entry) is in the database; what a
// restart loses is only the progress of a job in flight, which the uploader
// then sees as "not found" and sends again (ingest is idempotent on the
// text's hash).
import { randomUUID } from "node:crypto";
import { Worker } from "node:worker_threads";
import type { Actor } from "../domain/types.ts";
import type { ExtractOptions } from "../engine/types.ts";
import { LantuError, type ErrorCode, ERRORS } from "../errors.ts";
import { findPlanByName } from "../storage/plan.repo.ts";
import type { Services } from "./context.ts";
import type { StoreSpec } from "../storage/dialects/index.ts";
import { planFramework, type Extractor, type IngestResult } from "./ingest.service.ts";
import {
  readAndExtract,
  storeExtracted,
  type Extracted,
  type GoMessage,
  type StoreRequest,
  type WorkerInput,
  type WorkerMessage,
} from "./ingest-worker.ts";

export interface IngestRequest {
  /** The raw bytes of an uploaded file (read by src/input), or text already decoded. */
  bytes?: Uint8Array;
  text?: string;
  /** The file's name (its extension picks the reader). */
  name: string;
  source: string;
  encoding?: string;
  title?: string;
  year?: number;
  plan?: string;
  revises?: string;
  framework?: ExtractOptions["framework"];
}

export type JobState = "queued" | "running" | "done" | "failed";
export type JobStage = "queued" | "reading" | "extracting" | "storing" | "finished";

export interface Job {
  id: string;
  kind: "ingest";
  name: string;
  state: JobState;
  stage: JobStage;
  /** Pages read (or steps done) of `total` in the current stage. */
  done: number;
  total: number;
  createdBy: number | null;
  createdAt: string;
  finishedAt: string | null;
  result: IngestResult | null;
  error: { code: string; message: string; details?: unknown } | null;
}

/**
 * The whole job's progress in percent, for a progress bar: reading takes the
 * first 40 (pages read, for a PDF or scan), extracting up to 70, storing the
 * rest (its steps). The shares are rough: OCR'd pages dominate a scan, the
 * engine a long text.
 */
export function jobPercent(job: Pick<Job, "state" | "stage" | "done" | "total">): number {
  if (job.state === "done") return 100;
  const share = job.total > 0 ? Math.min(1, job.done / job.total) : 0;
  const bands: Record<JobStage, [number, number]> = {
    queued: [0, 0],
    reading: [0, 40],
    extracting: [40, 70],
    storing: [70, 99],
    finished: [100, 100],
  };
  const [from, to] = bands[job.stage];
  return Math.round(from + (to - from) * share);
}

interface Jobs {
  byId: Map<string, Job>;
  tail: Promise<unknown>;
}

/** Finished jobs are forgotten after an hour, and never more than this many are kept. */
const KEEP_MS = 60 * 60 * 1000;
const KEEP_MAX = 500;

const registries = new WeakMap<Services, Jobs>();
function jobsOf(s: Services): Jobs {
  let jobs = registries.get(s);
  if (!jobs) registries.set(s, (jobs = { byId: new Map(), tail: Promise.resolve() }));
  return jobs;
}

/**
 * Queues an ingest and returns its job at once. `extractor` replaces the
 * engine (tests); a replaced engine runs in-process, since a function cannot
 * be sent to a worker.
 */
export function startIngest(s: Services, request: IngestRequest, actor: Actor, extractor?: Extractor): Job {
  const jobs = jobsOf(s);
  prune(jobs, s.now().getTime());
  const job: Job = {
    id: randomUUID(),
    kind: "ingest",
    name: request.name,
    state: "queued",
    stage: "queued",
    done: 0,
    total: 0,
    createdBy: actor.id,
    createdAt: s.now().toISOString(),
    finishedAt: null,
    result: null,
    error: null,
  };
  jobs.byId.set(job.id, job);
  const run = jobs.tail.then(() => runJob(s, job, request, actor, extractor));
  jobs.tail = run.catch(() => undefined);
  finished.set(job, run);
  return job;
}

const finished = new WeakMap<Job, Promise<IngestResult>>();

/**
 * Resolves when every job accepted so far has ended (stored or failed): a
 * server stopping on SIGTERM keeps the uploads it answered 202 to.
 */
export async function drainJobs(s: Services): Promise<void> {
  const jobs = jobsOf(s);
  for (let tail = jobs.tail; ; tail = jobs.tail) {
    await tail;
    if (tail === jobs.tail) return;
  }
}

/** The job's result once it is done, or its error thrown as a LantuError. */
export function jobResult(job: Job): Promise<IngestResult> {
  return finished.get(job)!;
}

/** A job its creator (or an admin) may look at, or not_found. */
export function getJob(s: Services, id: string, actor: Actor): Job {
  const job = jobsOf(s).byId.get(id);
  if (!job || (job.createdBy !== actor.id && actor.role !== "admin"))
    throw new LantuError("not_found", `job ${id} not found (finished jobs are kept for an hour)`);
  return job;
}

async function runJob(
  s: Services,
  job: Job,
  request: IngestRequest,
  actor: Actor,
  extractor?: Extractor,
): Promise<IngestResult> {
  job.state = "running";
  job.stage = "reading";
  try {
    const input: WorkerInput = {
      bytes: request.bytes,
      text: request.text,
      name: request.name,
      encoding: request.encoding,
      year: request.year,
      framework: request.framework,
      planFramework: await namedPlanFramework(s, request.plan),
    };
    const progress = (m: WorkerMessage) => {
      if (m.type !== "progress") return;
      job.stage = m.stage;
      job.done = m.done;
      job.total = m.total;
    };
    const storeRequest: StoreRequest = {
      source: request.source,
      title: request.title,
      year: request.year,
      plan: request.plan,
      revises: request.revises,
      framework: request.framework,
      actor,
    };
    const onStep = (done: number, total: number) =>
      progress({ type: "progress", stage: "storing", done, total });
    let result: IngestResult;
    if (extractor) {
      // A replaced engine (tests) runs in-process, since a function cannot be sent to a worker.
      const out = await readAndExtract(input, progress, extractor);
      job.stage = "storing";
      result = await storeExtracted(s, out, storeRequest, input.planFramework, onStep, extractor);
    } else if (!s.store.reopen) {
      // An in-memory database cannot be opened from another thread: store here.
      const out = (await inWorker(s, input, progress)) as Extracted;
      job.stage = "storing";
      result = await storeExtracted(s, out, storeRequest, input.planFramework, onStep);
    } else {
      result = (await inWorker(s, input, progress, {
        spec: s.store.reopen,
        request: storeRequest,
      })) as IngestResult;
    }
    job.result = result;
    job.state = "done";
    job.stage = "finished";
    return result;
  } catch (err) {
    job.state = "failed";
    job.error =
      err instanceof LantuError
        ? { code: err.code, message: err.message, details: err.details }
        : { code: "internal", message: "the document could not be ingested (see the server log)" };
    if (!(err instanceof LantuError)) console.error(err);
    throw err;
  } finally {
    job.finishedAt = s.now().toISOString();
  }
}

/** The named plan's goals as a framework, for a document that declares none. */
async function namedPlanFramework(s: Services, name?: string): Promise<ExtractOptions["framework"]> {
  const plan = name ? await findPlanByName(s.store.db, name) : undefined;
  return plan ? planFramework(s.store.db, plan) : undefined;
}

const tsxApi = import.meta.resolve("tsx/esm/api");
const workerFile = new URL("./ingest-worker.ts", import.meta.url).href;

/**
 * Runs the read and the extraction in a worker thread, and the storing too
 * when `store` is given (the worker's own connection; this thread holds its
 * own writes back meanwhile). Resolves with the extraction, or with the
 * ingest's result when the worker stored it. The thread ends with the job.
 */
function inWorker(
  s: Services,
  input: WorkerInput,
  progress: (m: WorkerMessage) => void,
  store?: { spec: StoreSpec; request: StoreRequest },
): Promise<Extracted | IngestResult> {
  // The worker loads TypeScript sources through tsx, registered in the thread itself:
  // Node 20 does not pass a parent's loader hooks or --import to a worker.
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerFile)}); })`;
  return new Promise<Extracted | IngestResult>((resolve, reject) => {
    // The upload's bytes move to the worker rather than being copied (up to 64 MB).
    const transfer =
      input.bytes && input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength
        ? [input.bytes.buffer as ArrayBuffer]
        : [];
    const worker = new Worker(boot, {
      eval: true,
      workerData: { lantuIngest: { input, store } },
      transferList: transfer,
    });
    let settled = false;
    let storing: (() => void) | null = null;
    const settle = (fn: () => void) => {
      settled = true;
      storing?.();
      void worker.terminate();
      fn();
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") return progress(m);
      if (m.type === "ready") {
        progress({ type: "progress", stage: "storing", done: 0, total: 1 });
        // Hold this thread's writes back until the worker's transaction ends.
        void s.store.exclusiveWrites(
          () =>
            new Promise<void>((done) => {
              storing = done;
              if (settled) return done();
              worker.postMessage({ type: "go", now: s.now().toISOString() } satisfies GoMessage);
            }),
        );
        return;
      }
      if (m.type === "done") settle(() => resolve(m));
      else if (m.type === "stored") settle(() => resolve(m.result));
      else if (m.code in ERRORS)
        settle(() => reject(new LantuError(m.code as ErrorCode, m.message, m.details)));
      else settle(() => reject(new Error(m.message)));
    });
    worker.on("error", (err) => settle(() => reject(err)));
    worker.on("exit", (code) => {
      if (!settled) settle(() => reject(new Error(`the ingest worker stopped (exit code ${code})`)));
    });
  });
}

function prune(jobs: Jobs, now: number) {
  for (const [id, job] of jobs.byId) {
    const old = job.finishedAt !== null && now - Date.parse(job.finishedAt) > KEEP_MS;
    if (old || (jobs.byId.size > KEEP_MAX && job.finishedAt !== null)) jobs.byId.delete(id);
  }
}
