// Lists a ZIP archive's entries with their unpacked sizes from its central
// directory, without unpacking anything. jszip (which mammoth reads .docx
// files with) keeps those sizes private and inflates whatever is asked for,
// so a small upload that unpacks to gigabytes (a "zip bomb") could exhaust
// memory before any check ran; reading the directory ourselves is ~40 lines.

export interface ZipEntry {
  name: string;
  /** Unpacked size in bytes; Infinity for a ZIP64 entry, whose real size is not read here. */
  size: number;
}

const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header

/** The archive's entries, or undefined when its central directory cannot be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, size: size === 0xffffffff ? Infinity : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
