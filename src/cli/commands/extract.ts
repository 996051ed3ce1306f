// `lantu extract FILE`: reads a document and prints its extraction as JSON
// (--json), as the decoded text that spans index (--text), or as a summary.
import { readFileSync } from "node:fs";
import { isLantuError, LantuError } from "../../errors.ts";
import { extract, parseFrameworkInput } from "../../engine/index.ts";
import { readDocument, DEFAULT_MAX_BYTES, HARD_MAX_BYTES } from "../../input/read-document.ts";
import { intFlag, parse } from "../args.ts";
import { formatSummary } from "../summary.ts";

export async function extractCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    json: { type: "boolean" },
    text: { type: "boolean" },
    year: { type: "string" },
    framework: { type: "string" },
    encoding: { type: "string" },
    "max-mb": { type: "string" },
  });
  const file = positionals[0];
  if (!file) throw new LantuError("bad_argument", "extract needs a FILE");
  if (positionals.length > 1) throw new LantuError("bad_argument", `unexpected argument "${positionals[1]}"`);
  const year = intFlag(values.year, "year");
  const maxMb = intFlag(values["max-mb"], "max-mb");
  const ceilingMb = HARD_MAX_BYTES / 1024 / 1024;
  if (maxMb !== undefined && (maxMb < 1 || maxMb > ceilingMb)) {
    throw new LantuError("bad_argument", `--max-mb wants a number from 1 to ${ceilingMb}, got ${maxMb}`);
  }
  const doc = await readDocument(file, {
    encoding: values.encoding,
    maxBytes: maxMb !== undefined ? maxMb * 1024 * 1024 : DEFAULT_MAX_BYTES,
  }).catch((err: unknown) => {
    // The reader knows the limit, not the flag that sets it.
    if (isLantuError(err) && (err.details as { limit?: string } | undefined)?.limit === "maxBytes") {
      throw new LantuError("file_too_large", `${err.message} (raise it with --max-mb N)`);
    }
    throw err;
  });
  if (values.text) {
    await write(doc.text);
    return;
  }
  const framework = values.framework ? readFramework(values.framework) : undefined;
  const extraction = extract(doc.text, { year, framework });
  await write(values.json ? JSON.stringify(extraction, null, 2) + "\n" : formatSummary(extraction));
  // Not an error (the document was read), but a user who gets an empty plan must be told so.
  if (!extraction.commitments.length) {
    process.stderr.write(`lantu extract: ${file}: no commitment found in the document\n`);
  }
}

function readFramework(path: string) {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new LantuError("file_not_found", `${path}: no such framework file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new LantuError("bad_framework", `${path}: not valid JSON (${(err as Error).message})`);
  }
  return parseFrameworkInput(json, path);
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}
