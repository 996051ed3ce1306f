// 我的待办: what the signed-in user must do now (from the cycle, live) and
// their notifications; each task links to where it is done.
import { api } from "../lib/api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../lib/router.ts";
import { useData } from "../lib/use-data.ts";
import type { Inbox } from "../lib/types.ts";
import { ErrorBox, Loading, Section } from "../components/ui.tsx";

export function InboxPage() {
  const { t } = useI18n();
  const box = useData<Inbox>("/api/inbox");
  if (box.error) return <ErrorBox error={box.error} retry={box.reload} />;
  if (!box.data) return <Loading />;
  const { tasks, notifications, unread } = box.data;
  return (
    <div className="page inbox">
      <h1>{t("inbox.title")}</h1>
      <Section title={t("inbox.tasks")}>
        {tasks.length === 0 ? (
          <p>{t("inbox.none")}</p>
        ) : (
          <ul className="tasks" data-testid="inbox-tasks">
            {tasks.map((task, i) => (
              <li key={i} className={task.urgent ? "task urgent" : "task"} data-kind={task.kind}>
                <strong>{task.title}</strong>
                {task.urgent && <span className="badge level-red">{t("inbox.urgent")}</span>}
                {task.due && <span className="muted"> {t("inbox.due", { date: task.due })}</span>}
                <div className="muted">{task.detail}</div>
                {task.commitment_id !== null && (
                  <Link to={`/commitments/${task.commitment_id}`}>{t("inbox.open")}</Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("inbox.notifications", { n: unread })}>
        {unread > 0 && (
          <button
            type="button"
            onClick={() => void api("POST", "/api/inbox/read", { all: true }).then(box.reload)}
          >
            {t("inbox.markAll")}
          </button>
        )}
        <ul className="notifications">
          {notifications.map((n) => (
            <li key={n.id} className={n.read ? "read" : "unread"}>
              <strong>{n.title}</strong> <span className="muted">{n.created_at.slice(0, 10)}</span>
              <div>{n.body}</div>
              {n.link && <Link to={n.link.replace(/\?.*$/, "")}>{t("inbox.open")}</Link>}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
