// A `lantu` command or server as a real child process, for the tests that
// kill it (crash safety), signal it (SIGTERM drain) or run two at once.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "../cli/run-cli.ts";
import { random } from "../../src/services/synthetic/random.ts";

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  /** Resolves when the process has exited and its pipes have closed. */
  exited: Promise<Exit>;
  /** Output so far (for waiting on a line). */
  output(): string;
}

/**
 * Starts `lantu ARGS` with `db` as its database: a SQLite file path, or a
 * postgres:// URL. The parent's DATABASE_URL / LANTU_DB never leak in.
 */
export function startCli(args: string[], db: string, env: NodeJS.ProcessEnv = {}): Running {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.LANTU_DB;
  const dbEnv = db.startsWith("postgres") ? { DATABASE_URL: db } : { LANTU_DB: db };
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...base, ...dbEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on("data", (b: Buffer) => out.push(b));
  child.stderr!.on("data", (b: Buffer) => err.push(b));
  const exited = new Promise<Exit>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
  return {
    child,
    exited,
    output: () => Buffer.concat(out).toString("utf8") + Buffer.concat(err).toString("utf8"),
  };
}

/** Waits until the output matches `pattern` (or the process ends, or `ms` pass). */
export async function waitForOutput(r: Running, pattern: RegExp, ms = 120_000): Promise<RegExpExecArray> {
  const end = Date.now() + ms;
  let done = false;
  void r.exited.then(() => (done = true));
  for (;;) {
    const m = pattern.exec(r.output());
    if (m) return m;
    if (done) throw new Error(`process ended before ${pattern}:\n${r.output()}`);
    if (Date.now() > end) throw new Error(`no ${pattern} within ${ms} ms:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

/** A seeded random number generator: a failing run reproduces from its seed. */
export const seeded = (seed: number): (() => number) => random(seed).next;
