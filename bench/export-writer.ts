// `LANTU_DB=… node --import tsx bench/export-writer.ts [--excel]`: CPU of the task table's
// xlsx writer alone (writeTaskTableTo) on the rows of plan 1's unit UNIT (default 1), read
// once from a seeded fixture; R builds (default 25), the first three uncounted. --excel: the
// item rows through ExcelJS's own Row and Cell objects (the writer before its direct rows).
import { Writable } from "node:stream";
import { openFromEnv } from "../src/storage/dialects/index.ts";
import { itemPages, unitNames, withDetails } from "../src/services/export-items.ts";
import { writeTaskTableTo, type TaskTableItem } from "../src/exchange/task-table.write.ts";
import { taskTableItem } from "../src/services/task-table.service.ts";

const store = openFromEnv(process.env);
const db = store.db;
const name = await unitNames(db);
const items: TaskTableItem[] = [];
const f = { planId: 1, unitId: Number(process.env.UNIT ?? 1), reviewStates: ["proposed", "confirmed"] };
for await (const page of itemPages(db, f))
  for (const it of await withDetails(db, page)) items.push(taskTableItem(it, name));
await store.close();
let bytes = 0;
const sink = () =>
  new Writable({
    write: (c: Buffer, _e, cb) => {
      bytes += c.length;
      cb();
    },
  });
const excel = process.argv.includes("--excel");
const cpu: number[] = [];
for (let i = 0; i < Number(process.env.R ?? 25); i++) {
  bytes = 0;
  const c0 = process.cpuUsage();
  await writeTaskTableTo(
    sink(),
    (async function* () {
      yield items;
    })(),
    { title: "任务分解表", note: "导出时间", working: true, viaExcelJsRows: excel },
  );
  const c = process.cpuUsage(c0);
  if (i >= 3) cpu.push((c.user + c.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(
  `${excel ? "ExcelJS rows" : "direct rows"}: ${items.length} rows, ${bytes} B; CPU per build median ${cpu[cpu.length >> 1]!.toFixed(2)} ms, min ${cpu[0]!.toFixed(2)} ms`,
);
