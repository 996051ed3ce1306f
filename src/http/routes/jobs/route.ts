// Background jobs (document ingest): their state and progress, polled by the
// 文档 page's progress bar.
import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { getJob } from "../../../services/ingest-jobs.service.ts";
import { authorize } from "../../auth.ts";
import { presentJob } from "../../presenters/internal.ts";
import { JobOut } from "../../responses.ts";
import { JobParams } from "./schema.ts";

export function jobRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/jobs/:id",
    {
      schema: {
        tags: ["documents"],
        summary: "An ingest job: state, stage and progress",
        params: JobParams,
        response: { 200: JobOut },
      },
    },
    async (req, reply) => {
      const a = authorize(req, "ingest");
      const job = getJob(s, (req.params as Static<typeof JobParams>).id, a);
      return reply.header("cache-control", "no-store").send(presentJob(job));
    },
  );
}
