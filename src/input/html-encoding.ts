// Turns an HTML page's bytes into its markup as a string. The order is a
// browser's: a byte-order mark, else the charset the page declares in
// <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">,
// else the plain-text rule (UTF-8, then GB18030). A declaration the bytes
// contradict is passed over rather than obeyed: Chinese sites often declare
// gb2312 over UTF-8 pages, and the reverse.
import { Parser } from "htmlparser2";
import { isLantuError, LantuError } from "../errors.ts";
import {
  decodeAs,
  decodeUnmarked,
  decodeWithBom,
  isWide,
  resolveEncoding,
  type DecodedText,
  bomEncoding,
} from "./detect-encoding.ts";
import { magicOf } from "./sniff-binary.ts";

/** Decodes an HTML page's bytes; `override` (a user's --encoding) beats everything. */
export function decodeHtml(bytes: Uint8Array, name: string, override?: string): DecodedText {
  const magic = magicOf(bytes);
  if (magic) throw new LantuError("file_binary", `${name}: looks like ${magic}, not an HTML page`);
  if (override !== undefined) return decodeAs(bytes, name, resolveEncoding(override));
  const bom = bomEncoding(bytes);
  if (bom) return decodeWithBom(bytes, name, bom);
  const declared = declaredCharset(bytes);
  const encoding = declared && knownEncoding(declared);
  if (encoding && !isWide(encoding)) {
    try {
      return decodeAs(bytes, name, encoding);
    } catch (err) {
      if (!isLantuError(err) || err.code !== "file_encoding") throw err;
    }
  }
  try {
    return decodeUnmarked(bytes, name);
  } catch (err) {
    if (declared && isLantuError(err) && err.code === "file_encoding") {
      throw new LantuError("file_encoding", `${err.message} (its <meta> declares ${declared})`);
    }
    throw err;
  }
}

function knownEncoding(label: string): string | undefined {
  try {
    return resolveEncoding(label);
  } catch {
    return undefined;
  }
}

/**
 * How far into the page the declaration is looked for. Browsers prescan 1024
 * bytes; pages with long heads exist.
 */
export const PRESCAN_BYTES = 4096;

// WHATWG maps these labels to its GBK decoder, which is the GB18030 decoder;
// reading them as GB18030 also covers pages that use characters past GB2312.
const GB_LABELS = new Set([
  "gb2312",
  "gbk",
  "x-gbk",
  "gb_2312",
  "gb_2312-80",
  "chinese",
  "csgb2312",
  "iso-ir-58",
  "cp936",
]);

/**
 * The charset label an HTML page's bytes declare, lower case, or undefined.
 * The first bytes are read as Latin-1, so that any ASCII-compatible encoding
 * parses alike, and htmlparser2 finds the tags and attributes.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString("latin1");
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (found || name !== "meta") return;
      if (attribs.charset) found = attribs.charset;
      else if (attribs["http-equiv"]?.toLowerCase() === "content-type" && attribs.content) {
        found = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attribs.content)?.[1];
      }
    },
  });
  parser.write(head);
  parser.end();
  if (!found) return undefined;
  const label = found.trim().toLowerCase();
  return GB_LABELS.has(label) ? "gb18030" : label;
}
