// ExcelJS is loaded when a workbook is first read or written, not when the
// server starts: with the zip and stream libraries it brings, importing it was
// about 0.85 s of the server's start-up CPU (a CPU profile of importing the
// app), for a feature most starts do not use in their first minutes.
import type ExcelJS from "exceljs";

let loading: Promise<typeof ExcelJS> | undefined;

export const loadExcelJS = (): Promise<typeof ExcelJS> =>
  (loading ??= import("exceljs").then((m) => m.default));
