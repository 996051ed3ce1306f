// Reads a plan document from disk into the plain text the engine indexes.
// The file is checked before it is read (it exists, is not a directory, has
// a known extension, is under the size limit), and read with the limit
// enforced again, so memory stays bounded even for a pipe or a growing file.
import { open, stat, type FileHandle } from "node:fs/promises";
import { LantuError } from "../errors.ts";
import { decodeBytes, type DecodedDocument } from "./decode-bytes.ts";
import { resolveEncoding } from "./detect-encoding.ts";
import { formatOf } from "./format.ts";
import { DEFAULT_MAX_BYTES, HARD_MAX_BYTES, megabytes } from "./limits.ts";

export { DEFAULT_MAX_BYTES, HARD_MAX_BYTES } from "./limits.ts";
export { decodeBytes, type DecodedDocument, type DecodeOptions } from "./decode-bytes.ts";

export interface ReadOptions {
  /** An encoding that overrides detection, e.g. "gbk"; an unknown name is a bad_argument error. */
  encoding?: string;
  /** The largest file read, in bytes (default DEFAULT_MAX_BYTES, at most HARD_MAX_BYTES). */
  maxBytes?: number;
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<DecodedDocument> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(max) || max < 1 || max > HARD_MAX_BYTES) {
    throw new LantuError(
      "bad_argument",
      `size limit must be from 1 byte to ${megabytes(HARD_MAX_BYTES)}, got ${max}`,
    );
  }
  if (options.encoding !== undefined) resolveEncoding(options.encoding);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw openError(path, err);
  });
  if (info.isDirectory()) throw new LantuError("bad_argument", `${path}: is a directory, not a file`);
  formatOf(path);
  if (info.isFile()) {
    if (info.size > max) throw tooLarge(path, info.size, max);
    if (info.size === 0) throw new LantuError("file_empty", `${path}: file is empty`);
  }
  const bytes = await readBounded(path, info.isFile() ? info.size : undefined, max);
  return decodeBytes(bytes, { name: path, encoding: options.encoding });
}

// details.limit tells callers which limit it was, so that a CLI can name its flag.
function tooLarge(path: string, size: number | undefined, max: number): LantuError {
  const is = size === undefined ? "file is" : `file is ${megabytes(size)},`;
  return new LantuError("file_too_large", `${path}: ${is} over the size limit of ${megabytes(max)}`, {
    limit: "maxBytes",
    size,
    max,
  });
}

function openError(path: string, err: NodeJS.ErrnoException): LantuError {
  if (err.code === "ENOENT" || err.code === "ENOTDIR")
    return new LantuError("file_not_found", `${path}: no such file`);
  if (err.code === "EACCES" || err.code === "EPERM")
    return new LantuError("file_not_found", `${path}: permission denied`);
  return new LantuError("file_not_found", `${path}: cannot be read (${err.code ?? err.message})`);
}

// Reads at most `max` bytes: a regular file into one buffer of its stat size,
// anything else (a pipe, /dev/stdin) in chunks, stopping once over the limit.
async function readBounded(path: string, size: number | undefined, max: number): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    throw openError(path, err as NodeJS.ErrnoException);
  }
  try {
    if (size !== undefined) {
      const buffer = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(buffer, filled, size - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw tooLarge(path, undefined, max);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
