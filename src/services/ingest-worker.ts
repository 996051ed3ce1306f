// The worker thread of an ingest job: reads the document's bytes (the same
// src/input reader as the CLI: encodings, limits, PDF, OCR) and runs the
// extraction engine, both of which hold a CPU for seconds to minutes on a
// big document. The main thread only stores the result, so the server
// keeps answering while this runs.
import { parentPort, workerData } from "node:worker_threads";
import { sentenceHashes } from "../domain/similarity.ts";
import { extract } from "../engine/index.ts";
import type { Extraction, ExtractOptions } from "../engine/types.ts";
import { isLantuError } from "../errors.ts";
import { decodeBytes, type DecodedDocument } from "../input/index.ts";

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

export type WorkerMessage =
  | { type: "progress"; stage: "reading" | "extracting"; done: number; total: number }
  | {
      type: "done";
      decoded: DecodedDocument;
      /** The extraction without a plan framework, and (when the document declares none) with it. */
      plain: Extraction;
      withPlan: Extraction | null;
      /** The text's sentence fingerprints (revision recognition), computed here to spare the main thread. */
      fingerprints: string[];
    }
  | { type: "error"; code: string; message: string; details?: unknown };

/** What the worker does, callable in-process too (tests, a fake extractor). */
export async function readAndExtract(
  input: WorkerInput,
  report: (m: WorkerMessage) => void,
  extractor: (text: string, options: ExtractOptions) => Extraction = extract,
): Promise<WorkerMessage & { type: "done" }> {
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

if (parentPort && workerData?.lantuIngest) {
  const port = parentPort;
  readAndExtract(workerData.lantuIngest as WorkerInput, (m) => port.postMessage(m)).then(
    (done) => port.postMessage(done),
    (err: unknown) =>
      port.postMessage(
        isLantuError(err)
          ? { type: "error", code: err.code, message: err.message, details: err.details }
          : { type: "error", code: "internal", message: String((err as Error)?.stack ?? err) },
      ),
  );
}
