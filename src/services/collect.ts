// A streamed file gathered into one buffer, for the callers that want it
// whole (the CLI writing a file, tests); the HTTP routes stream instead.
import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";

export async function collect(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => chunks.push(c));
  const ended = once(sink, "end");
  await write(sink);
  if (!sink.writableEnded) sink.end();
  await ended;
  return Buffer.concat(chunks);
}
