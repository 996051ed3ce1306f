// Turns the bytes of a plain-text document into a string: the byte-order mark
// first, else strict UTF-8, else GB18030 when the bytes are shaped like
// Chinese text; anything else is an error that names the file. Decoding is
// done by the platform's TextDecoder (strict, WHATWG) and by iconv-lite for
// the encodings TextDecoder lacks; chardet only words the error's hint and
// vetoes GB18030 for bytes it is sure are another East Asian encoding.
import chardet from "chardet";
import iconv from "iconv-lite";
import { TextDecoder } from "node:util";
import { LantuError } from "../errors.ts";
import { binaryReason, magicOf } from "./sniff-binary.ts";

export interface DecodedText {
  text: string;
  /** The encoding actually used, lower case: "utf-8", "gb18030", "utf-16le"… */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  // UTF-32LE before UTF-16LE: its mark begins with UTF-16LE's.
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32be" },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32le" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** The encoding a byte-order mark at the start of `bytes` declares, if there is one. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find((b) => b.bytes.length <= bytes.length && b.bytes.every((x, i) => bytes[i] === x))
    ?.encoding;
}

/**
 * The canonical name of an encoding a user asked for, or a bad_argument error.
 * Accepts the WHATWG labels (gbk, gb2312, big5, utf-16be…) and iconv-lite's.
 */
export function resolveEncoding(label: string): string {
  const trimmed = label.trim().toLowerCase();
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    if (trimmed && iconv.encodingExists(trimmed)) return trimmed;
  }
  throw new LantuError(
    "bad_argument",
    `unknown encoding "${label}" (try utf-8, gb18030, gbk, utf-16le or utf-16be)`,
  );
}

/**
 * `bytes` decoded as `encoding` (a resolved name), one leading byte-order mark
 * of that encoding dropped by the decoder; undefined when the bytes are not
 * valid in it.
 */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  let decoder: TextDecoder | undefined;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    decoder = undefined;
  }
  if (decoder) {
    try {
      return decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }
  // iconv-lite has no strict mode: an undecodable sequence becomes U+FFFD.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.includes("\ufffd") ? undefined : text;
}

/** Decodes a plain-text document, or throws a LantuError naming `name`. */
export function decodeText(bytes: Uint8Array, name: string, override?: string): DecodedText {
  const magic = magicOf(bytes);
  if (magic) throw new LantuError("file_binary", `${name}: looks like ${magic}, not text`);
  if (override !== undefined) return decodeAs(bytes, name, resolveEncoding(override));
  const bom = bomEncoding(bytes);
  if (bom) return decodeWithBom(bytes, name, bom);
  return decodeUnmarked(bytes, name);
}

/** Decodes bytes in an encoding the user named, strictly. */
export function decodeAs(bytes: Uint8Array, name: string, encoding: string): DecodedText {
  if (!isWide(encoding)) rejectBinary(bytes, name);
  const text = decodeStrict(bytes, encoding);
  if (text === undefined)
    throw new LantuError("file_encoding", `${name}: not valid ${encoding}${whereInvalid(bytes, encoding)}`);
  if (isWide(encoding)) rejectControlText(text, name, encoding);
  return { text, encoding };
}

/** Decodes bytes that begin with a byte-order mark, which settles the encoding. */
export function decodeWithBom(bytes: Uint8Array, name: string, encoding: string): DecodedText {
  const text = decodeStrict(bytes, encoding);
  if (text === undefined) {
    throw new LantuError(
      "file_encoding",
      `${name}: starts with a ${encoding} byte-order mark but is not valid ${encoding}`,
    );
  }
  // UTF-8's mark may sit on a binary file as well as on text.
  if (isWide(encoding)) rejectControlText(text, name, encoding);
  else rejectBinary(bytes, name);
  return { text, encoding };
}

/** Decodes bytes with no byte-order mark: UTF-8 if valid, else GB18030 if plausible. */
export function decodeUnmarked(bytes: Uint8Array, name: string): DecodedText {
  const utf16 = utf16Guess(bytes);
  if (utf16) {
    throw new LantuError(
      "file_encoding",
      `${name}: looks like ${utf16} without a byte-order mark; give its encoding with --encoding ${utf16}`,
    );
  }
  rejectBinary(bytes, name);
  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const rival = looksLikeGb18030(bytes);
  if (rival === true) return { text: decodeGb18030(bytes), encoding: "gb18030" };
  const guess = typeof rival === "string" ? rival : otherGuess(bytes);
  const hint = guess
    ? `; it may be ${guess}: give its encoding with --encoding ${guess.toLowerCase()}`
    : "; give its encoding with --encoding";
  const where = whereInvalid(bytes, "utf-8").replace("bad byte", "bad UTF-8 byte");
  throw new LantuError("file_encoding", `${name}: not valid UTF-8${where} nor GB18030${hint}`);
}

/** Whether an encoding spends two or four bytes on every character, so that NUL bytes are normal in it. */
export function isWide(encoding: string): boolean {
  return /^utf-?(16|32)/.test(encoding) || /^ucs-?(2|4)/.test(encoding);
}

function rejectBinary(bytes: Uint8Array, name: string): void {
  const reason = binaryReason(bytes);
  if (reason) throw new LantuError("file_binary", `${name}: ${reason}`);
}

// After a UTF-16/32 decode the NULs are gone from the bytes but would show
// up as characters if the file was binary after all.
function rejectControlText(text: string, name: string, encoding: string): void {
  const n = Math.min(text.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0)
      throw new LantuError(
        "file_binary",
        `${name}: decoded as ${encoding} it holds NUL characters, so it is not text`,
      );
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f)
      controls++;
  }
  if (n > 0 && controls / n > 0.1) {
    throw new LantuError(
      "file_binary",
      `${name}: decoded as ${encoding} it is mostly control characters, so it is not text`,
    );
  }
}

// UTF-16 text of mostly ASCII has a NUL in every other byte, on one side only,
// and decodes to characters, not controls. Too short a sample proves nothing.
function utf16Guess(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 16) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const guess =
    odd >= pairs * 0.3 && even <= pairs * 0.02
      ? "utf-16le"
      : even >= pairs * 0.3 && odd <= pairs * 0.02
        ? "utf-16be"
        : undefined;
  if (!guess) return undefined;
  const sample = new TextDecoder(guess).decode(bytes.subarray(0, n));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls <= sample.length * 0.02 ? guess : undefined;
}

/**
 * Whether bytes that are not UTF-8 are GB18030 Chinese text: at most a stray
 * undecodable sequence per thousand, almost no control bytes, and most
 * two-byte characters from the GB2312 core (lead and trail byte ≥ 0xA1) that
 * everyday Chinese is written in. Latin-1 or Big5 text read as GB18030 falls
 * mostly outside that core. EUC-KR and EUC-JP fall inside it, so chardet's
 * frequency analysis has the last word: when it is sure of another East
 * Asian encoding, that encoding's name is returned instead of true.
 */
export function looksLikeGb18030(bytes: Uint8Array): boolean | string {
  let invalid = 0;
  let multi = 0;
  let core = 0;
  let controls = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b)
        controls++;
      i++;
      continue;
    }
    const b2 = i + 1 < n ? bytes[i + 1]! : -1;
    if (b >= 0x81 && b <= 0xfe && b2 >= 0x30 && b2 <= 0x39) {
      const b3 = i + 2 < n ? bytes[i + 2]! : -1;
      const b4 = i + 3 < n ? bytes[i + 3]! : -1;
      if (b3 >= 0x81 && b3 <= 0xfe && b4 >= 0x30 && b4 <= 0x39) {
        multi++;
        i += 4;
      } else {
        invalid++;
        i++;
      }
    } else if (b >= 0x81 && b <= 0xfe && b2 >= 0x40 && b2 <= 0xfe && b2 !== 0x7f) {
      multi++;
      if (b >= 0xa1 && b2 >= 0xa1) core++;
      i += 2;
    } else {
      invalid++;
      i++;
    }
  }
  if (
    multi === 0 ||
    invalid > 1 + (multi + invalid) / 1000 ||
    controls > 1 + n / 1000 ||
    core < multi * 0.8
  ) {
    return false;
  }
  const rival = otherGuess(bytes, 90);
  return rival && /^(big5|euc-kr|euc-jp|shift_jis)$/i.test(rival) ? rival : true;
}

/** GB18030 decoding that keeps going past a bad byte (as U+FFFD). */
export function decodeGb18030(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
}

// chardet's best guess, other than the encodings already ruled out; it reads
// a sample only, as its confidence settles long before 64 KB.
function otherGuess(bytes: Uint8Array, minConfidence = 50): string | undefined {
  const sample = bytes.subarray(0, 65536);
  const best = chardet
    .analyse(sample)
    .find((m) => !/^(utf-8|gb18030|ascii)$/i.test(m.name) && m.confidence >= minConfidence);
  return best?.name;
}

// Where strict decoding failed, as " (first bad byte on line N)": the line
// of the first U+FFFD that a lenient decode puts in place of a bad sequence.
function whereInvalid(bytes: Uint8Array, encoding: string): string {
  let lenient: string;
  try {
    lenient = new TextDecoder(encoding).decode(bytes);
  } catch {
    lenient = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  const at = lenient.indexOf("\ufffd");
  if (at < 0) return "";
  let line = 1;
  for (let i = 0; i < at; i++) if (lenient.charCodeAt(i) === 0x0a) line++;
  return ` (first bad byte on line ${line})`;
}
