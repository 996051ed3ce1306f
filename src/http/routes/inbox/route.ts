// The personal inbox and its notifications; a user's reminder address.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { inbox, readNotifications, setUserEmail } from "../../../services/cycle/inbox.service.ts";
import { actor } from "../../auth.ts";
import { presentNotification, presentTask } from "../../presenters/cycle.ts";
import { IdParams } from "../../schemas.ts";
import { EmailBody, EmailOut, InboxResponse, ReadBody } from "./schema.ts";

export function inboxRoutes(app: App, s: Services) {
  const tags = ["inbox"];
  app.get(
    "/api/inbox",
    {
      schema: {
        tags,
        summary:
          "What I must do now (reports owed, proposals and extensions to decide, returned reports, notices to answer) and my notifications (signed in)",
        response: { 200: InboxResponse },
      },
    },
    async (req) => {
      const box = await inbox(s, actor(req));
      return {
        tasks: box.tasks.map(presentTask),
        notifications: box.notifications.map(presentNotification),
        unread: box.unread,
      };
    },
  );
  app.post(
    "/api/inbox/read",
    {
      schema: {
        tags,
        summary: "Mark my notifications read: the listed ids, or all",
        body: ReadBody,
        response: { 200: { type: "object", properties: { marked: { type: "integer" } } } },
      },
    },
    async (req) => {
      const b = req.body;
      return readNotifications(s, actor(req), b.all ? "all" : (b.ids ?? []));
    },
  );
  app.put(
    "/api/users/:id/email",
    {
      schema: {
        tags,
        summary: "Set (or with null clear) the e-mail address reminders go to (the user, or an admin)",
        params: IdParams,
        body: EmailBody,
        response: { 200: EmailOut },
      },
    },
    async (req) => {
      const b = req.body;
      return setUserEmail(s, actor(req), req.params.id, b.email);
    },
  );
}
