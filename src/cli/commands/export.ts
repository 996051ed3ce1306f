// `lantu export --format xlsx|csv|json [filters] --out FILE`: the task table
// (the office's working table, or with --public confirmed items only) or
// open data (confirmed items; csv one --dataset at a time, json all three).
import { writeFileSync } from "node:fs";
import { LantuError } from "../../errors.ts";
import { REVIEW_STATES, STATUSES } from "../../domain/types.ts";
import type { Dataset } from "../../exchange/index.ts";
import { openDataFile } from "../../services/open-data.service.ts";
import { exportTaskTable } from "../../services/task-table.service.ts";
import { unitByName } from "../../services/people.read.ts";
import { goalByName, planByRefOrOnly } from "../../services/plans.read.ts";
import { parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

const FORMATS = ["xlsx", "csv", "json"] as const;
const DATASETS = ["commitments", "targets", "progress"] as const;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new LantuError("bad_argument", `--${flag} wants ${allowed.join(", ")}; got "${value}"`);
  }
  return value as T;
}

export async function exportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    out: { type: "string" },
    plan: { type: "string" },
    unit: { type: "string" },
    goal: { type: "string" },
    status: { type: "string" },
    review: { type: "string" },
    dataset: { type: "string" },
    public: { type: "boolean" },
  });
  if (positionals.length) throw new LantuError("bad_argument", `unexpected argument "${positionals[0]}"`);
  const format = oneOf(values.format, FORMATS, "format");
  if (!format) throw new LantuError("bad_argument", "export needs --format xlsx, csv or json");
  if (!values.out)
    throw new LantuError("bad_argument", "export needs --out FILE (- for stdout, csv and json only)");
  if (values.out === "-" && format === "xlsx")
    throw new LantuError("bad_argument", "--out -: write .xlsx to a file");
  const status = oneOf(values.status, STATUSES, "status");
  const review = oneOf(values.review, [...REVIEW_STATES, "all"] as const, "review");
  const dataset = oneOf(values.dataset, DATASETS, "dataset") as Dataset | undefined;
  if (review && format !== "xlsx")
    throw new LantuError("bad_argument", "--review: open data (csv, json) holds confirmed items only");
  if (dataset && format !== "csv")
    throw new LantuError("bad_argument", "--dataset is for --format csv (json holds all three)");

  const s = await openServices();
  try {
    const plan = await planByRefOrOnly(s, values.plan);
    let unitId: number | undefined;
    if (values.unit) {
      const unit = await unitByName(s, values.unit);
      if (!unit) throw new LantuError("bad_argument", `--unit: no unit "${values.unit}"`);
      unitId = unit.id;
    }
    const filter = {
      unitId,
      goalId: values.goal ? (await goalByName(s, plan.id, values.goal)).id : undefined,
      status,
    };
    let bytes: Buffer | string;
    let count: number;
    if (format === "xlsx") {
      const states = values.public
        ? ["confirmed"]
        : review === "all"
          ? [...REVIEW_STATES]
          : review
            ? [review]
            : ["proposed", "confirmed"];
      ({ bytes, count } = await exportTaskTable(
        s,
        plan,
        { ...filter, reviewStates: states },
        !values.public,
      ));
    } else {
      ({ text: bytes, count } = await openDataFile(s, plan, format, filter, dataset));
    }
    if (values.out === "-") {
      process.stdout.write(bytes);
      return;
    }
    writeFileSync(values.out, bytes);
    say(
      `${count} ${format === "csv" ? (dataset ?? "commitments") : "items"} of plan ${plan.id} "${plan.name}" → ${values.out}`,
    );
  } finally {
    await s.store.close();
  }
}
