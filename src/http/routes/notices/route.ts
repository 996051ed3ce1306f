// 督办单: issued from an item or in bulk, answered by the unit, as .docx.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import {
  getNoticeFor,
  issueNotice,
  issueNotices,
  noticeDocument,
  noticesForCommitment,
  noticesForPlan,
  replyNotice,
} from "../../../services/cycle/notice.service.ts";
import { actor, etag, ifMatch } from "../../auth.ts";
import { unitRecordLists } from "../../shared-routes.ts";
import { presentNotice } from "../../presenters/cycle.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import { fileBody } from "../../responses.ts";
import { BulkNoticeBody, NoticeBody, NoticeList, NoticeResponse, ReplyBody, StateQuery } from "./schema.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function noticeRoutes(app: App, s: Services) {
  const tags = ["notices"];
  app.post(
    "/api/commitments/:id/notices",
    {
      schema: {
        tags,
        summary: "Issue a 督办单 for an item; level defaults to its warning level (supervisor, admin)",
        params: IdParams,
        body: NoticeBody,
        response: { 201: NoticeResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const n = await issueNotice(s, actor(req), req.params.id, {
        demandedAction: b.demanded_action,
        replyDeadline: b.reply_deadline,
        level: b.level,
      });
      return etag(reply.status(201), n.version).send(presentNotice(n));
    },
  );
  app.post(
    "/api/plans/:id/notices",
    {
      schema: {
        tags,
        summary:
          "Issue notices in bulk: for the listed items, or for every item at or above min_level (default red) without an open notice; all or none (supervisor, admin)",
        params: IdParams,
        body: BulkNoticeBody,
        response: { 201: NoticeList },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const rows = await issueNotices(
        s,
        actor(req),
        req.params.id,
        { commitmentIds: b.commitment_ids, minLevel: b.min_level },
        { demandedAction: b.demanded_action, replyDeadline: b.reply_deadline, level: b.level },
      );
      return reply.status(201).send({ items: rows.map(presentNotice) });
    },
  );
  unitRecordLists(app, s, {
    path: "notices",
    tags,
    list: NoticeList,
    stateQuery: StateQuery,
    ofItem: { summary: "An item's notices", read: noticesForCommitment },
    ofPlan: { summary: "A plan's notices (reporters: their unit's)", read: noticesForPlan },
    present: presentNotice,
  });
  app.get(
    "/api/notices/:id",
    {
      schema: {
        tags,
        summary: "A notice (its unit's reporters, staff)",
        params: IdParams,
        response: { 200: NoticeResponse },
      },
    },
    async (req, reply) => {
      const n = await getNoticeFor(s, actor(req), req.params.id);
      return etag(reply, n.version).send(presentNotice(n));
    },
  );
  app.get(
    "/api/notices/:id/docx",
    {
      schema: {
        tags,
        summary:
          "The notice as a Word document: the item, its history, the demanded action, the reply deadline",
        params: IdParams,
        response: { 200: fileBody(DOCX, "the notice (.docx)") },
      },
    },
    async (req, reply) => {
      const d = await noticeDocument(s, actor(req), req.params.id);
      return reply
        .header("content-type", DOCX)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(d.number)}.docx`)
        .send(d.bytes);
    },
  );
  app.post(
    "/api/notices/:id/reply",
    {
      schema: {
        tags,
        summary: "The unit's reply; closes the notice (reporter of its unit, staff; If-Match)",
        params: IdParams,
        headers: IfMatchHeaders,
        body: ReplyBody,
        response: { 200: NoticeResponse },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const n = await replyNotice(s, actor(req), req.params.id, ifMatch(req), b.reply);
      return etag(reply, n.version).send(presentNotice(n));
    },
  );
}
