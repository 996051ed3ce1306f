// What the user reads when the API says no: a message for every error code
// of the server's catalogue (src/errors.ts, typed here through the generated
// API types, so a new code fails the type check until it is worded), one for
// every validation rule, and the names of the fields an error or a history
// entry can name — each in Chinese and English. The server's English message
// stays available as technical detail, never as the message itself.
import type { components, paths } from "../lib/api.gen.ts";
import type { Lang } from "./lang.ts";

type ErrorShape = components["schemas"]["Error"]["error"];
export type ErrorCode = ErrorShape["code"];
export type ValidationRule = NonNullable<ErrorShape["rule"]>;
type PreviewRow =
  paths["/api/plans/{id}/task-table/preview"]["post"]["responses"][200]["content"]["application/json"]["items"][number];
export type ImportProblemCode = PreviewRow["problems"][number]["code"];
export type ImportNoteCode = PreviewRow["notes"][number]["code"];
/** Codes the client makes itself: no answer at all, or an answer that is not the API's. */
export type ClientCode = "network" | "http";

type Words = Record<Lang, string>;

export const ERROR_TEXT: Record<ErrorCode | ClientCode, Words> = {
  file_not_found: { zh: "找不到文件。", en: "File not found." },
  file_empty: { zh: "文件是空的，没有可读的内容。", en: "The file is empty." },
  file_too_large: { zh: "文件太大，超过了大小上限。", en: "The file is larger than the limit." },
  file_binary: { zh: "这不是可读的文本文件。", en: "This is not a readable text file." },
  file_encoding: { zh: "无法识别文件的文字编码。", en: "The file's text encoding could not be recognised." },
  file_format: {
    zh: "不支持这种文件格式（可用 .txt、.html、.docx、.pdf 及扫描图片）。",
    en: "This file type is not supported (use .txt, .html, .docx, .pdf or a scanned image).",
  },
  file_corrupt: { zh: "文件已损坏，无法读取。", en: "The file is damaged and cannot be read." },
  file_too_complex: { zh: "文件结构过于复杂，无法读取。", en: "The file is too complex to read." },
  ocr_unavailable: {
    zh: "这是扫描件，但服务器上没有文字识别（OCR）功能。",
    en: "This is a scan, and text recognition (OCR) is not available on the server.",
  },
  bad_argument: { zh: "参数有误。", en: "An argument is wrong." },
  bad_framework: { zh: "目标框架有误。", en: "The goal framework is not valid." },
  import_rejected: {
    zh: "表格中有无法读取的行，未导入任何内容。",
    en: "Some rows could not be read; nothing was imported.",
  },
  import_preview_stale: {
    zh: "预览之后规划已有变动（或文件已不同），未导入任何内容。请重新预览后再确认。",
    en: "The plan changed after the preview (or the file differs); nothing was imported. Preview again, then confirm.",
  },
  validation: {
    zh: "填写的内容有误，请检查标出的项目。",
    en: "Some input is not valid; check the marked fields.",
  },
  bad_request: { zh: "请求无法处理。", en: "The request could not be processed." },
  not_found: { zh: "找不到该记录，可能已被删除。", en: "Not found; it may have been removed." },
  unauthorized: { zh: "请先登录。", en: "Please sign in." },
  forbidden: { zh: "您没有权限查看或进行此操作。", en: "You do not have permission for this." },
  csrf: { zh: "页面已过期，请刷新后重试。", en: "The page has expired; reload and try again." },
  password_change_required: {
    zh: "请先修改初始密码，然后再继续。",
    en: "Change the one-time password first, then go on.",
  },
  stale_version: {
    zh: "此任务已被他人修改，请刷新后重试",
    en: "This item was changed by someone else; reload and try again",
  },
  duplicate: { zh: "该名称已被使用，请换一个。", en: "That name is already taken; choose another." },
  conflict: {
    zh: "当前状态不允许此操作（可能已被他人处理），请刷新查看。",
    en: "Its current state does not allow this (someone may have handled it); reload to see.",
  },
  busy: {
    zh: "系统正忙（与其他操作冲突），未做任何修改，请重试。",
    en: "Busy (crossed with another change); nothing was changed. Try again.",
  },
  invalid_reference: { zh: "引用的记录不存在。", en: "A referenced record does not exist." },
  rate_limited: { zh: "尝试次数过多，请稍后再试。", en: "Too many attempts; wait a moment and try again." },
  precondition_required: {
    zh: "缺少版本信息，请刷新后重试。",
    en: "The version is missing; reload and try again.",
  },
  database_in_use: {
    zh: "数据库正被另一个服务进程使用，请联系管理员。",
    en: "The database is in use by another server process; contact the administrator.",
  },
  migration_history: {
    zh: "数据库版本不符，请联系管理员。",
    en: "The database version is unknown; contact the administrator.",
  },
  migration_failed: {
    zh: "数据库升级失败，请联系管理员。",
    en: "The database upgrade failed; contact the administrator.",
  },
  internal: { zh: "服务器出错了，请稍后再试。", en: "Something went wrong on the server; try again later." },
  network: {
    zh: "无法连接服务器，请检查网络后重试。",
    en: "The server cannot be reached; check the connection and retry.",
  },
  http: { zh: "请求失败（{status}）。", en: "The request failed ({status})." },
};

/** A stale version of anything other than a commitment: the same advice, not "this item". */
export const STALE_RECORD: Words = {
  zh: "此记录已被他人修改，请刷新后重试",
  en: "This record was changed by someone else; reload and try again",
};

export const RULE_TEXT: Record<ValidationRule, Words> = {
  required: { zh: "必填", en: "Required" },
  unknown_field: { zh: "不认识这个字段", en: "Unknown field" },
  type: { zh: "类型不对", en: "Wrong kind of value" },
  date: { zh: "请按 YYYY-MM-DD 填写实际存在的日期", en: "Enter a real date as YYYY-MM-DD" },
  format: { zh: "格式不对", en: "Wrong format" },
  too_short: { zh: "至少 {limit} 个字符", en: "At least {limit} characters" },
  too_long: { zh: "最多 {limit} 个字符", en: "At most {limit} characters" },
  too_small: { zh: "不能小于 {limit}", en: "Must be at least {limit}" },
  too_large: { zh: "不能大于 {limit}", en: "Must be at most {limit}" },
  too_few: { zh: "至少 {limit} 项", en: "At least {limit} entries" },
  too_many: { zh: "最多 {limit} 项", en: "At most {limit} entries" },
  too_early: { zh: "日期须晚于今天", en: "Must be a later date" },
  in_future: { zh: "不能晚于今天", en: "Cannot be after today" },
  not_allowed: { zh: "不是可选的值", en: "Not one of the allowed values" },
  unknown_reference: { zh: "所选的记录不存在", en: "The chosen record does not exist" },
  invalid: { zh: "填写有误", en: "Not valid" },
};

/** API field names as people call them (errors beside fields, history entries). */
export const FIELD_TEXT: Record<string, Words> = {
  text: { zh: "任务内容", en: "Task" },
  unit_id: { zh: "责任单位", en: "Unit" },
  lead_unit_id: { zh: "牵头单位", en: "Lead unit" },
  cooperating_unit_ids: { zh: "配合单位", en: "Cooperating units" },
  deadline: { zh: "完成时限", en: "Deadline" },
  due_date: { zh: "到期日", en: "Due date" },
  goals: { zh: "对应目标", en: "Goals" },
  review_state: { zh: "审核状态", en: "Review" },
  status: { zh: "状态", en: "Status" },
  reject_reason: { zh: "驳回理由", en: "Reason for rejection" },
  merged_into_id: { zh: "合并到", en: "Merged into" },
  edited: { zh: "人工修改", en: "Edited" },
  title: { zh: "节点名称", en: "Milestone" },
  done_on: { zh: "完成日期", en: "Done on" },
  done_at: { zh: "完成日期", en: "Done on" },
  reason: { zh: "理由", en: "Reason" },
  period: { zh: "报告期", en: "Period" },
  narrative: { zh: "进展情况", en: "Progress" },
  figure: { zh: "数值", en: "Figure" },
  target_id: { zh: "指标", en: "Target" },
  evidence_links: { zh: "佐证链接", en: "Evidence links" },
  username: { zh: "用户名", en: "Username" },
  password: { zh: "密码", en: "Password" },
  display_name: { zh: "显示名称", en: "Display name" },
  role: { zh: "角色", en: "Role" },
  email: { zh: "电子邮箱", en: "E-mail" },
  name: { zh: "名称", en: "Name" },
  new_date: { zh: "新的完成时限", en: "New deadline" },
  reply: { zh: "回复", en: "Reply" },
  reply_deadline: { zh: "回复期限", en: "Reply by" },
  demanded_action: { zh: "整改要求", en: "Required action" },
  level: { zh: "督办级别", en: "Level" },
  verdict: { zh: "评定", en: "Verdict" },
  parts: { zh: "拆分内容", en: "Parts" },
  into: { zh: "合并到", en: "Merge into" },
  file: { zh: "文件", en: "File" },
  year: { zh: "年份", en: "Year" },
  plan: { zh: "规划", en: "Plan" },
  unit: { zh: "单位", en: "Unit" },
};

/** Why a task-table row cannot be imported (the preview's and the import's problem codes). */
export const IMPORT_PROBLEM_TEXT: Record<ImportProblemCode, Words> = {
  empty_task: { zh: "任务内容为空", en: "The task is empty" },
  bad_deadline: {
    zh: "“{value}”无法识别为完成时限（请写日期，如 2023年6月底、三季度末、2025年 或 长期坚持）",
    en: "“{value}” cannot be read as a deadline (write a date, 2023年6月底, 三季度末, 2025年 or 长期坚持)",
  },
  not_whole_number: { zh: "“{value}”不是整数", en: "“{value}” is not a whole number" },
  version_missing: {
    zh: "有系统编号的行需要填写版本号（从导出表中复制）",
    en: "A row with an ID needs its version (copy it from the export)",
  },
  unknown_unit: {
    zh: "没有名为“{value}”的单位（也不是某单位的别名），请先添加该单位或别名",
    en: "No unit “{value}” (nor an alias of one); add the unit or the alias first",
  },
  not_in_plan: { zh: "本规划中没有编号为 {value} 的任务", en: "This plan has no item {value}" },
};

/** Notes on rows that import, but not all of it. */
export const IMPORT_NOTE_TEXT: Record<ImportNoteCode, Words> = {
  progress_not_confirmed: {
    zh: "该任务尚未确认，表中的进展情况不会登记",
    en: "The item is not confirmed: its progress is not filed",
  },
  item_closed: { zh: "该任务已合并或驳回，不作修改", en: "The item is merged or rejected: not changed" },
  progress_later: {
    zh: "新任务待审核，确认后才登记进展情况",
    en: "A new item is proposed: its progress is filed once it is confirmed",
  },
};

export function importProblemText(lang: Lang, code: string, value?: string): string {
  const words =
    (IMPORT_PROBLEM_TEXT as Record<string, Words | undefined>)[code]?.[lang] ??
    (IMPORT_NOTE_TEXT as Record<string, Words | undefined>)[code]?.[lang] ??
    code;
  return fill(words, { value: value ?? "" });
}

const fill = (text: string, params: Record<string, string | number | undefined>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));

/** A field's name for people; an unknown field keeps its API name. */
export const fieldName = (lang: Lang, field: string): string => FIELD_TEXT[field]?.[lang] ?? field;

export interface ErrorFacts {
  status: number;
  code: string;
  field?: string;
  rule?: string;
  limit?: number;
  details?: unknown;
}

/** The words for a field error: its rule (with the limit), else "not valid". */
export function ruleText(lang: Lang, e: Pick<ErrorFacts, "rule" | "limit">): string {
  const words = e.rule && e.rule in RULE_TEXT ? RULE_TEXT[e.rule as ValidationRule][lang] : null;
  // a rule that names a limit the server did not send says only that the value is wrong
  if (!words || (words.includes("{limit}") && e.limit === undefined)) return RULE_TEXT.invalid[lang];
  return fill(words, { limit: e.limit });
}

/** The message for an error, in the user's language. */
export function errorText(lang: Lang, e: ErrorFacts): string {
  if (e.code === "stale_version") {
    const entity = (e.details as { entity?: string } | undefined)?.entity;
    return (entity === undefined || entity === "commitment" ? ERROR_TEXT.stale_version : STALE_RECORD)[lang];
  }
  if (e.code === "validation" && e.field)
    return `${fieldName(lang, e.field)}${lang === "zh" ? "：" : ": "}${ruleText(lang, e)}`;
  const words = e.code in ERROR_TEXT ? ERROR_TEXT[e.code as ErrorCode][lang] : ERROR_TEXT.http[lang];
  return fill(words, { status: e.status });
}
