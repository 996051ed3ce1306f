// Tells a binary file from text before any decoding is tried, so a PNG or a
// PDF named .txt is reported as what it is instead of as "not valid UTF-8".
// No library fits: file-type detectors know formats but not "text with a few
// stray control bytes", and this is a few magic numbers plus a byte count.

/** How many leading bytes the control-byte count looks at (git uses 8000). */
export const SNIFF_BYTES = 8192;

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document" }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" }, // GIF8
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (a .docx, .xlsx or .zip?)" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: "an empty ZIP archive" },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: "an old Office file (.doc, .xls or .wps?)",
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document" }, // {\rtf
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: "a RAR archive" }, // Rar!
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "a 7-Zip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an executable (ELF)" },
];

/** What a file's leading bytes say it is ("a PDF document"), if they match a known format. */
export function magicOf(bytes: Uint8Array): string | undefined {
  return MAGIC.find((m) => m.bytes.length <= bytes.length && m.bytes.every((b, i) => bytes[i] === b))?.what;
}

/**
 * Why `bytes` is not text, or undefined when it may be. Call it only on bytes
 * that carry no UTF-16/32 byte-order mark: those legitimately hold NULs.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const magic = magicOf(bytes);
  if (magic) return `looks like ${magic}, not text`;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `contains NUL bytes (at byte ${i}), so it is binary, not text`;
    if (isControlByte(b)) controls++;
  }
  // Text in any of the encodings read here uses no C0 control bytes but tab,
  // line breaks, form feed and escape; a tenth of them is binary by any measure.
  if (n > 0 && controls / n > 0.1)
    return `is ${Math.round((100 * controls) / n)}% control bytes, so it is binary, not text`;
  return undefined;
}

function isControlByte(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
    b === 0x7f
  );
}
