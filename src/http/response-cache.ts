// Whole answers of the dashboard's heavy reads, kept as the bytes sent, while
// the database's change mark stays the same (services/generation-cache.ts
// MarkedCache; Store.changeMark, which a sign-in, a sign-out, a notice read
// or a mail sent do not move: a route that reads sessions, notifications or
// the outbox must not opt in; storage/dialects/change-mark.ts
// QUIET_TABLES): a repeated read is one counter lookup
// instead of its queries, its presentation and its serialisation. A route
// opts in with `config: { cached: true }` when its answer depends only on the
// URL, the caller's role and unit, the day and the data (checked in
// test/http/response-cache.test.ts), or with `cached: "public"` when it
// depends on the URL, the day and the data alone, whoever asks (the public
// portal's reads: one entry for every caller); only 200 answers that set no
// cookie are kept. Entries are per URL, role, unit and day.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "./app-type.ts";
import { changeMark, MarkedCache } from "../services/generation-cache.ts";
import { today, type Services } from "../services/context.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * Keep this GET route's 200 answers while nothing that counts is committed (see
     * response-cache.ts): per role and unit (true) or one for every caller ("public").
     */
    cached?: boolean | "public";
  }
  interface FastifyRequest {
    /** The database's change mark, read once at the start of the request (before anything it reads). */
    changeMark: string | null;
    /** Where this request's answer is to be kept, and under which mark. */
    cacheSlot: { key: string; mark: string } | null;
  }
}

interface Kept {
  body: Buffer;
  type: string;
  etag: string | undefined;
}

/** How often the kept answers served a read, and how many were kept: for tests and the benchmark. */
export class AnswerCounts {
  /** Reads answered with a kept answer. */
  hits = 0;
  /** Answers kept (each read that found none, or one of an earlier mark, and answered 200). */
  kept = 0;
}

/** Up to 2,000 answers and 64 MB by default. */
export function responseCache(
  app: App,
  s: Services,
  limits = { entries: 2000, bytes: 64 << 20 },
  counts = new AnswerCounts(),
) {
  const cache = new MarkedCache<Kept>(limits.entries, limits.bytes);
  app.decorateRequest("changeMark", null);
  app.decorateRequest("cacheSlot", null);
  app.addHook("preHandler", async (req: FastifyRequest, reply: FastifyReply) => {
    const cached = req.routeOptions.config.cached;
    if (req.method !== "GET" || !cached) return;
    const mark = req.changeMark ?? (await changeMark(s));
    const u = cached === "public" ? null : req.user;
    const key = `${req.url}\n${u ? `${u.role}:${u.unit_id ?? ""}` : ""}\n${today(s)}`;
    const hit = cache.get(key, mark);
    if (!hit) {
      req.cacheSlot = { key, mark };
      return;
    }
    counts.hits++;
    if (hit.etag !== undefined) reply.header("etag", hit.etag);
    return reply.type(hit.type).send(hit.body);
  });
  app.addHook("onSend", async (req, reply, payload) => {
    const slot = req.cacheSlot;
    if (!slot || reply.statusCode !== 200 || typeof payload !== "string" || reply.hasHeader("set-cookie"))
      return payload;
    const body = Buffer.from(payload);
    counts.kept++;
    const etag = reply.getHeader("etag");
    cache.set(
      slot.key,
      slot.mark,
      {
        body,
        type: String(reply.getHeader("content-type")),
        etag: etag === undefined ? undefined : String(etag),
      },
      body.length,
    );
    // Sent as the kept bytes: Fastify need not measure and encode the string again.
    return body;
  });
}
