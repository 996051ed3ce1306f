// The input layer's export list: documents (files or uploaded bytes) in,
// decoded plain text out.
export { readDocument, type ReadOptions } from "./read-document.ts";
export { decodeBytes, type DecodedDocument, type DecodeOptions, type DocumentPage } from "./decode-bytes.ts";
export { resolveEncoding } from "./detect-encoding.ts";
export { formatOf, type DocumentFormat } from "./format.ts";
export { DEFAULT_MAX_BYTES, HARD_MAX_BYTES } from "./limits.ts";
