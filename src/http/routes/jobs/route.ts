// Background jobs (document ingest): their state and progress, polled by the
// 文档 page's progress bar.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { getJob } from "../../../services/ingest-jobs.service.ts";
import { authorize } from "../../auth.ts";
import { presentJob } from "../../presenters/internal.ts";
import { JobOut } from "../../responses.ts";
import { JobParams } from "./schema.ts";

export function jobRoutes(app: App, s: Services) {
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
      const job = getJob(s, req.params.id, a);
      return reply.header("cache-control", "no-store").send(presentJob(job));
    },
  );
}
