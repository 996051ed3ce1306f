// Finished export files (a unit's or a plan's csv and xlsx) kept while the
// database's change mark stays the same, as the answer cache
// (response-cache.ts) keeps the answers of the other reads: a repeated
// download of the same export is sent from what was kept instead of its
// queries, its rows and (xlsx) its zip. A file is built once per export and
// mark, by a single build that any number of requests wait for (ten
// connections asking for a unit's export at once cost one build, not ten),
// written to a file in this app's own temporary directory: memory holds a
// page of rows while building, however large the export. A small file (up to
// `memoryFile` bytes, `maxMemory` in all: a unit's export) is then kept in
// memory and sent as one buffer; a large one stays on disk and is streamed
// from it, a chunk in memory at a time. A kept file read from disk cost each
// download an open, reads and a close through libuv's thread pool, each a
// wake-up of another thread: on a loaded machine those waits, not the 1 ms of
// CPU, made a kept unit's xlsx answer at 0.03–0.10 of the bare route. The
// mark is read before the build reads any data, so a file is never sent after
// a write (its mark is then no longer current), whichever process or
// connection wrote. The least recently used files go past `maxFiles`,
// `maxBytes` or `maxMemory` (the file just built stays until the next one is
// kept, so one file may be over the limit); a file still being sent when it
// goes is sent to its end (its buffer is held, or its descriptor open). The
// directory goes with the app (close()); one a crashed server left behind is
// removed by the next start (removeStaleExportDirs).
import { createReadStream, createWriteStream, mkdtempSync, openSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";

const PREFIX = "lantu-exports-";

/**
 * This app's directory, named with the process's id (lantu-exports-PID-XXXXXX)
 * so that a later start can tell whether its owner is gone; the stale ones of
 * processes that are gone (a crash, a kill) are removed first.
 */
function exportDir(): string {
  removeStaleExportDirs(tmpdir());
  return mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

/**
 * Removes the export directories under `root` whose owner process is gone,
 * and returns their names. A directory of a running process is kept, this
 * one's or another server's (several may share a machine). A process id
 * reused by another process keeps its directory until that one ends too
 * (never removed early, only late). Directories named before the id was in
 * the name (lantu-exports-XXXXXX) are left alone: their owner cannot be told.
 * Ids are this machine's (and pid namespace's): servers in containers that
 * share one /tmp would need their own TMPDIR.
 */
export function removeStaleExportDirs(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = /^lantu-exports-(\d+)-/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || running(pid)) continue;
    try {
      rmSync(join(root, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Another start removing it at the same time, or not ours to remove: left.
    }
  }
  return removed;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface Kept {
  mark: string;
  /** The file on disk; null when the file is kept in memory instead. */
  path: string | null;
  /** The file's bytes, when small enough to be kept in memory. */
  data: Buffer | null;
  bytes: number;
  /** What the build returned (the route: the plan's name, for the file's name). */
  label: string;
}

export class ExportFiles {
  private readonly dir = exportDir();
  private readonly kept = new Map<string, Kept>();
  private readonly building = new Map<string, Promise<Kept>>();
  private bytes = 0;
  private memory = 0;
  private made = 0;
  /** Builds run, for tests and the benchmark. */
  builds = 0;

  constructor(
    private readonly maxBytes = 256 << 20,
    private readonly maxFiles = 256,
    private readonly maxMemory = 64 << 20,
    private readonly memoryFile = 2 << 20,
  ) {}

  /**
   * The export `key` at change mark `mark`, as a stream of its finished file:
   * the kept file, or one built now by `write` (which writes the whole file to
   * the stream it is given, ending it or not, and returns a label kept with
   * it and returned with every later download): a buffer when it is kept in
   * memory, else a stream of its file. A build that fails fails every request
   * waiting for it, before any byte is sent.
   */
  async open(
    key: string,
    mark: string,
    write: (out: Writable) => Promise<string | void>,
  ): Promise<{ body: Readable | Buffer; bytes: number; label: string }> {
    const k = this.lookup(key, mark) ?? (await this.build(key, mark, write));
    if (k.data) return { body: k.data, bytes: k.bytes, label: k.label };
    // Opened at once, in the same turn as the lookup or the build's end: a file
    // dropped later (by another build's end) is still read whole.
    return { body: createReadStream("", { fd: openSync(k.path!, "r") }), bytes: k.bytes, label: k.label };
  }

  /** Removes every kept file and the directory. */
  close(): void {
    this.kept.clear();
    this.bytes = 0;
    this.memory = 0;
    rmSync(this.dir, { recursive: true, force: true });
  }

  get size(): number {
    return this.kept.size;
  }

  private lookup(key: string, mark: string): Kept | undefined {
    const k = this.kept.get(key);
    if (!k) return undefined;
    // A file of an earlier mark is never sent again: removed.
    this.drop(key, k.mark !== mark);
    if (k.mark !== mark) return undefined;
    // Map order is insertion order: re-inserting marks it most recently used.
    this.kept.set(key, k);
    this.bytes += k.bytes;
    if (k.data) this.memory += k.bytes;
    return k;
  }

  private build(key: string, mark: string, write: (out: Writable) => Promise<string | void>): Promise<Kept> {
    const id = `${mark}\n${key}`;
    let p = this.building.get(id);
    if (!p) {
      p = this.make(mark, write)
        .then((k) => {
          this.keep(key, k);
          return k;
        })
        .finally(() => this.building.delete(id));
      this.building.set(id, p);
    }
    return p;
  }

  private async make(mark: string, write: (out: Writable) => Promise<string | void>): Promise<Kept> {
    this.builds++;
    const path = join(this.dir, String(++this.made));
    const out = createWriteStream(path);
    let label: string;
    try {
      label = (await write(out)) ?? "";
      if (!out.writableEnded) out.end();
      await finished(out);
    } catch (err) {
      // Closed (its file opened, if it was) before the file is removed.
      out.destroy();
      await finished(out).catch(() => undefined);
      rmSync(path, { force: true });
      throw err;
    }
    const bytes = out.bytesWritten;
    if (bytes > this.memoryFile) return { mark, path, data: null, bytes, label };
    // Small: read back once and kept in memory; the file goes.
    const data = await readFile(path);
    rmSync(path, { force: true });
    return { mark, path: null, data, bytes, label };
  }

  private keep(key: string, k: Kept): void {
    this.drop(key, true);
    this.kept.set(key, k);
    this.bytes += k.bytes;
    if (k.data) this.memory += k.bytes;
    for (const [old] of this.kept) {
      if (this.kept.size <= this.maxFiles && this.bytes <= this.maxBytes && this.memory <= this.maxMemory)
        break;
      if (old === key) continue;
      this.drop(old, true);
    }
  }

  private drop(key: string, remove = false): void {
    const k = this.kept.get(key);
    if (!k) return;
    this.kept.delete(key);
    this.bytes -= k.bytes;
    if (k.data) this.memory -= k.bytes;
    if (remove && k.path) rmSync(k.path, { force: true });
  }
}
