// Verdicts: recorded by supervisors with a reason and evidence; shown on the portal.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import {
  publicVerdict,
  publicVerdicts,
  recordVerdict,
  verdictHistory,
  type VerdictView,
} from "../../../services/cycle/verdict.service.ts";
import { actor } from "../../auth.ts";
import { presentVerdict, presentVerdictRecord } from "../../presenters/cycle.ts";
import { IdParams } from "../../schemas.ts";
import { PublicVerdict, PublicVerdictList, VerdictBody, VerdictHistoryResponse } from "./schema.ts";

const publicShape = (v: VerdictView & { commitmentId: number }) => ({
  commitment_id: v.commitmentId,
  ...presentVerdict(v),
});

export function verdictRoutes(app: App, s: Services) {
  app.post(
    "/api/commitments/:id/verdict",
    {
      schema: {
        tags: ["verdicts"],
        summary:
          "Record a verdict with its reason and evidence (supervisor, admin). Past its deadline and unmet an item is 未兑现 unless a verdict is recorded after the deadline",
        params: IdParams,
        body: VerdictBody,
        response: { 201: VerdictHistoryResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const a = actor(req);
      await recordVerdict(s, a, req.params.id, {
        verdict: b.verdict,
        reason: b.reason,
        evidenceLinks: b.evidence_links,
      });
      const h = await verdictHistory(s, a, req.params.id);
      return reply
        .status(201)
        .send({ current: presentVerdict(h.current), records: h.records.map(presentVerdictRecord) });
    },
  );
  app.get(
    "/api/commitments/:id/verdict",
    {
      schema: {
        tags: ["verdicts"],
        summary: "An item's verdict now and the records behind it",
        params: IdParams,
        response: { 200: VerdictHistoryResponse },
      },
    },
    async (req) => {
      const h = await verdictHistory(s, actor(req), req.params.id);
      return { current: presentVerdict(h.current), records: h.records.map(presentVerdictRecord) };
    },
  );
  app.get(
    "/api/public/plans/:id/verdicts",
    {
      schema: {
        tags: ["public"],
        summary: "Every confirmed item's verdict with its date and evidence (no login)",
        params: IdParams,
        response: { 200: PublicVerdictList },
      },
    },
    async (req) => ({ items: (await publicVerdicts(s, req.params.id)).map(publicShape) }),
  );
  app.get(
    "/api/public/commitments/:id/verdict",
    {
      schema: {
        tags: ["public"],
        summary: "A confirmed item's verdict (no login)",
        params: IdParams,
        response: { 200: PublicVerdict },
      },
    },
    async (req) => publicShape(await publicVerdict(s, req.params.id)),
  );
}
