// Builds ZIP archives the way an attacker would: real deflate streams whose
// directory entries may claim any size. Written out by hand (local headers,
// central directory, end record) because zip libraries always write the
// true sizes, and a lying directory is what the tests need.
import JSZip from "jszip";
import { crc32, deflateRawSync } from "node:zlib";

export interface BombEntry {
  name: string;
  data: Buffer;
  /** The unpacked size the directory claims (default: the true one). */
  claims?: number;
}

export function craftZip(entries: BombEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = deflateRawSync(e.data, { level: 9 });
    const size = e.claims ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A copy of the Office file `archive` whose `part` grows by about `bytes`
 * (`filler` repeated, inserted after the text `insertAfter`, so the XML stays
 * valid) and whose entries all claim `claims` bytes when it is given.
 */
export async function inflateBomb(
  archive: Uint8Array,
  part: string,
  insertAfter: string,
  filler: string,
  bytes: number,
  claims?: number,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(archive);
  const entries: BombEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    let data = await file.async("nodebuffer");
    if (name === part) {
      const xml = data.toString("utf8");
      const at = xml.indexOf(insertAfter);
      if (at < 0) throw new Error(`${part} has no ${insertAfter}`);
      const cut = at + insertAfter.length;
      const pad = Buffer.from(filler.repeat(Math.ceil(bytes / Buffer.byteLength(filler))), "utf8");
      data = Buffer.concat([Buffer.from(xml.slice(0, cut)), pad, Buffer.from(xml.slice(cut))]);
    }
    entries.push({ name, data, claims });
  }
  return craftZip(entries);
}
