// An exported task table edited as an office would: cells changed by their
// column's header text on the row of an item ID, and new rows appended.
import assert from "node:assert/strict";
import ExcelJS from "exceljs";

export async function editTaskTable(
  exported: Uint8Array,
  edits: { id: number; header: string; value: string }[],
  append: Record<string, string>[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(exported) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = new Map<string, number>();
  ws.getRow(3).eachCell((cell, col) => header.set(String(cell.value).replace(/\s+/g, ""), col));
  const col = (h: string) => {
    const c = header.get(h);
    assert.ok(c, `column ${h} in ${[...header.keys()].join(",")}`);
    return c;
  };
  for (const e of edits) {
    let found = false;
    for (let r = 4; r <= ws.rowCount; r++) {
      if (Number(ws.getCell(r, col("系统编号")).value) === e.id) {
        ws.getCell(r, col(e.header)).value = e.value;
        found = true;
      }
    }
    assert.ok(found, `row for item ${e.id}`);
  }
  let r = ws.rowCount;
  for (const row of append) {
    r++;
    for (const [h, v] of Object.entries(row)) ws.getCell(r, col(h)).value = v;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
