// Lists a ZIP archive's entries from its central directory, without
// unpacking anything: the names, the sizes the directory claims, and where
// each entry's data lies. jszip (which mammoth and exceljs read archives
// with) keeps these private and inflates whatever is asked for, so the
// directory is read here (~50 lines) for zip-measure.ts to check the archive
// by what it really unpacks to before either library sees it.

export interface ZipEntry {
  name: string;
  /** Unpacked size the directory claims; Infinity for a ZIP64 entry, whose real size is not read here. */
  size: number;
  /** Packed size in bytes; Infinity for a ZIP64 entry. */
  compressedSize: number;
  /** 0 stored, 8 deflated; anything else is a method no Office file uses. */
  method: number;
  /** Where the entry's local header starts; Infinity for a ZIP64 entry. */
  localOffset: number;
}

const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header
const ZIP64 = 0xffffffff;

const big = (n: number) => (n === ZIP64 ? Infinity : n);

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
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      size: big(size),
      compressedSize: big(compressedSize),
      method,
      localOffset: big(localOffset),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's packed data starts (after its local header), or undefined when the header is not there. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number | undefined {
  const at = entry.localOffset;
  if (!Number.isFinite(at) || at + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) return undefined;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}
