import type { FastifyInstance } from "fastify";
import type { Static } from "@sinclair/typebox";
import type { Services } from "../../../services/context.ts";
import { listAudit } from "../../../storage/audit.repo.ts";
import { decodeCursor, page } from "../../../storage/util.ts";
import { authorize } from "../../auth.ts";
import { presentAudit } from "../../presenters/internal.ts";
import { AuditQuery } from "./schema.ts";

export function auditRoutes(app: FastifyInstance, s: Services) {
  app.get(
    "/api/audit",
    { schema: { tags: ["audit"], summary: "The audit log, newest first", querystring: AuditQuery } },
    async (req) => {
      authorize(req, "read_audit");
      const q = req.query as Static<typeof AuditQuery>;
      const limit = q.limit ?? 50;
      const rows = await listAudit(s.store.db, {
        planId: q.plan,
        entity: q.entity,
        entityId: q.entity_id,
        before: decodeCursor(q.cursor)?.[1] ?? null,
        limit,
      });
      const p = page(rows, limit, (r) => r.id);
      return { items: p.items.map(presentAudit), next: p.next };
    },
  );
}
