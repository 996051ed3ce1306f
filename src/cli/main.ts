// `lantu <command> [args]`: dispatches to one module per command.
import { isLantuError } from "../errors.ts";

type Command = (args: string[]) => Promise<void>;

// Each command's module is loaded only when it runs: `lantu ingest` does not
// pay for the web server, the mail transport or the .docx writer at start.
const extractCommand: Command = async (a) => (await import("./commands/extract.ts")).extractCommand(a);
const ingestCommand: Command = async (a) => (await import("./commands/ingest.ts")).ingestCommand(a);
const serveCommand: Command = async (a) => (await import("./commands/serve.ts")).serveCommand(a);
const userCommand: Command = async (a) => (await import("./commands/user.ts")).userCommand(a);
const importCommand: Command = async (a) => (await import("./commands/import.ts")).importCommand(a);
const exportCommand: Command = async (a) => (await import("./commands/export.ts")).exportCommand(a);
const reportCommand: Command = async (a) => (await import("./commands/report.ts")).reportCommand(a);
const seedSyntheticCommand: Command = async (a) =>
  (await import("./commands/seed-synthetic.ts")).seedSyntheticCommand(a);
const remindCommand: Command = async (a) => (await import("./commands/remind.ts")).remindCommand(a);

const COMMANDS: Record<string, { run: Command; help: string }> = {
  extract: {
    run: extractCommand,
    help: "extract FILE [--json|--text] [--year N] [--framework FILE] [--encoding ENC]",
  },
  ingest: {
    run: ingestCommand,
    help: "ingest FILE [--plan NAME] [--revises DOCUMENT] [--year N] [--framework FILE]",
  },
  serve: {
    run: serveCommand,
    help: "serve [--port N] [--host H] [--demo] [--trust-proxy true|ADDRS]   (PORT, DATABASE_URL, LANTU_DB, LANTU_TRUST_PROXY, LANTU_CSRF_KEY)",
  },
  user: {
    run: userCommand,
    help: "user add NAME --role admin|supervisor|reporter [--unit UNIT] [--password PW] | user list",
  },
  import: { run: importCommand, help: "import FILE.xlsx [--partial] [--plan PLAN]" },
  export: { run: exportCommand, help: "export --format xlsx|csv|json --out FILE [--plan --unit --goal …]" },
  remind: {
    run: remindCommand,
    help: "remind [--dry-run] [--date YYYY-MM-DD]   (warnings, reminders, mail: LANTU_SMTP_URL or LANTU_OUTBOX_DIR)",
  },
  report: { run: reportCommand, help: "report --period 2023Q1 --out FILE.docx [--plan PLAN]" },
  "seed-synthetic": {
    run: seedSyntheticCommand,
    help: "seed-synthetic --commitments N [--reports M] [--plans P] [--units U] [--seed S]   (benchmark fixture)",
  },
};

function usage(): string {
  return [
    "usage: lantu <command> [args]",
    "",
    ...Object.values(COMMANDS).map((c) => `  lantu ${c.help}`),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`lantu: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    await command.run(rest);
    return 0;
  } catch (err) {
    if (isLantuError(err)) {
      process.stderr.write(`lantu ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

// Exit only after stdout drains: a large JSON written to a pipe must arrive whole.
const code = await main(process.argv.slice(2));
process.exitCode = code;
