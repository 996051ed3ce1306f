// A unit's request that a supervisor decides (a completion proposal, an
// extension request): found still pending at the version the decider saw,
// changed by the caller, then read back and audited as the command's one entry.
import { LantuError } from "../../errors.ts";
import type { Permission } from "../../domain/permissions.ts";
import type { Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import type { AuditEntry } from "../../storage/audit.repo.ts";
import { require } from "./access.ts";

interface Request {
  id: number;
  plan_id: number;
  state: string;
  version: number;
}

export interface RequestKind<R extends Request> {
  /** The audit's entity, e.g. "extension_request"; its words in messages are the same with spaces. */
  entity: string;
  /** Who may decide it. */
  decider: Permission;
  get(db: DB, id: number): Promise<R | undefined>;
}

const words = (entity: string) => entity.replace(/_/g, " ");

/** The request, if the actor may decide it, it is at `version` and still pending. */
export async function pendingRequest<R extends Request>(
  db: DB,
  kind: RequestKind<R>,
  actor: Actor,
  id: number,
  version: number,
): Promise<R> {
  require(actor, kind.decider);
  const r = await kind.get(db, id);
  if (!r) throw new LantuError("not_found", `${words(kind.entity)} ${id} not found`);
  if (r.version !== version) {
    throw new LantuError(
      "stale_version",
      `${words(kind.entity)} ${id} was changed by someone else (version ${r.version}, you sent ${version}); reload and retry`,
      { entity: kind.entity, current_version: r.version },
    );
  }
  if (r.state !== "pending")
    throw new LantuError("conflict", `${words(kind.entity)} ${id} was already ${r.state}`);
  return r;
}

/** The decided request read back: the command's result and its audit entry. */
export async function decided<R extends Request>(
  trx: DB,
  kind: RequestKind<R>,
  action: string,
  before: R,
): Promise<{ result: R; audit: AuditEntry }> {
  const after = (await kind.get(trx, before.id))!;
  return {
    result: after,
    audit: { planId: before.plan_id, action, entity: kind.entity, entityId: before.id, before, after },
  };
}
