// Reads a plan document from disk into plain text. (First cut: UTF-8 .txt only;
// encodings, HTML and .docx follow.)
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { LantuError } from "../errors.ts";

export interface ReadOptions {
  encoding?: string;
  maxBytes?: number;
}

export interface DecodedDocument {
  text: string;
  format: "text" | "html" | "docx";
  encoding: string;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export async function readDocument(path: string, options: ReadOptions = {}): Promise<DecodedDocument> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new LantuError("file_not_found", `${path}: no such file`);
  }
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > max) throw new LantuError("file_too_large", `${path}: file is ${size} bytes, over the limit of ${max}`);
  if (size === 0) throw new LantuError("file_empty", `${path}: file is empty`);
  const ext = extname(path).toLowerCase();
  if (ext !== ".txt" && ext !== "") throw new LantuError("file_format", `${path}: unknown file type ${ext}`);
  let text = new TextDecoder("utf-8").decode(readFileSync(path));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, format: "text", encoding: "utf-8" };
}
