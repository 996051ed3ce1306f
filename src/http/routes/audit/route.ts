import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { auditPage } from "../../../services/audit.read.ts";
import { AuditOut, PageOf, ok } from "../../responses.ts";
import { authorize } from "../../auth.ts";
import { presentAudit } from "../../presenters/internal.ts";
import { AuditQuery } from "./schema.ts";

export function auditRoutes(app: App, s: Services) {
  app.get(
    "/api/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "The audit log, newest first",
        response: ok(PageOf(AuditOut)),
        querystring: AuditQuery,
      },
    },
    async (req) => {
      authorize(req, "read_audit");
      const q = req.query;
      const p = await auditPage(s, {
        plan: q.plan,
        entity: q.entity,
        entityId: q.entity_id,
        cursor: q.cursor,
        limit: q.limit,
      });
      return { items: p.items.map(presentAudit), next: p.next };
    },
  );
}
