// Database errors a request can cause, turned into the project's errors in
// one place, for both databases: a duplicate (unique) is 409, a reference to
// a record that does not exist (foreign key) is 422, a value the column
// cannot hold (out of range, malformed, a NUL byte) is 400. Anything else
// stays what it was: a bug, answered 500 without details.
import { LantuError } from "../errors.ts";

interface DriverError {
  code?: string;
  message?: string;
  table?: string;
  detail?: string;
}

// PostgreSQL SQLSTATEs: 22xxx data exceptions a value can cause.
const PG_BAD_VALUE = new Set([
  "22001", // string_data_right_truncation
  "22003", // numeric_value_out_of_range
  "22007", // invalid_datetime_format
  "22008", // datetime_field_overflow
  "22021", // character_not_in_repertoire (a NUL byte)
  "22P02", // invalid_text_representation
  "22P05", // untranslatable_character
  "54000", // program_limit_exceeded (a value too large to index)
]);

/** The LantuError a driver error stands for, or undefined when it is not one a request can cause. */
export function translateDbError(err: unknown): LantuError | undefined {
  if (!err || typeof err !== "object" || err instanceof LantuError) return undefined;
  const e = err as DriverError;
  const code = String(e.code ?? "");
  const message = String(e.message ?? "");
  if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    const what = duplicated(e);
    return new LantuError("duplicate", `${what} is already taken: choose another`, { reason: "unique" });
  }
  if (code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
    // A key between plan tables names the plan first: Key (plan_id, goal_id)=(2, 7).
    const what = /Key \((plan_id, )?(\w+)\)=\((?:[^,)]*, )?([^)]*)\) is not present in table "(\w+)"/.exec(
      e.detail ?? "",
    );
    return new LantuError(
      "invalid_reference",
      what
        ? `${what[2]}: no ${singular(what[4]!)} ${what[3]}${what[1] ? " in this plan" : ""}`
        : "a referenced record does not exist (or is still referred to)",
      what ? { field: what[2] } : undefined,
    );
  }
  if (PG_BAD_VALUE.has(code) || code === "SQLITE_TOOBIG" || code === "SQLITE_MISMATCH") {
    return new LantuError(
      "validation",
      `a value is out of range or malformed for the database (${reason(code)})`,
    );
  }
  // Two requests crossing on the same rows: PostgreSQL's deadlock or
  // serialization failure, SQLite still locked after busy_timeout. Nothing
  // was written; the client may send the request again.
  if (code === "40P01" || code === "40001" || code === "55P03" || /^SQLITE_BUSY/.test(code)) {
    return new LantuError(
      "busy",
      "another request was changing the same records at the same moment; nothing was changed, send it again",
    );
  }
  if (/^SQLITE_/.test(code) && /datatype mismatch|integer overflow/i.test(message)) {
    return new LantuError("validation", "a value is out of range for the database");
  }
  return undefined;
}

// "units.name" from SQLite's "UNIQUE constraint failed: units.name", or the
// table and column from PostgreSQL's detail "Key (name)=(…) already exists."
function duplicated(e: DriverError): string {
  // The last column names the value; the ones before it scope it (plan_id, name).
  const sqlite = /constraint failed: (?:\w+\.\w+, )*(\w+)\.(\w+)/.exec(e.message ?? "");
  if (sqlite) return `${singular(sqlite[1]!)} ${sqlite[2]}`;
  const pg = /Key \((?:[^)]*, )?(\w+)\)=/.exec(e.detail ?? "");
  if (pg) return `${e.table ? singular(e.table) + " " : ""}${pg[1]}`;
  return "the value";
}

const singular = (table: string) => table.replace(/ies$/, "y").replace(/s$/, "");

function reason(code: string): string {
  if (code === "22003" || code === "SQLITE_TOOBIG") return "number or text too large";
  if (code === "22021") return "a NUL or invalid character";
  if (code === "22P02") return "not a value of the column's type";
  return code;
}
