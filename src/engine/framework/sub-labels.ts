// A layout or a code names its parts through sub-labels: “一核两翼三区”：
// “一核”即A；“两翼”即B、C；“三区”即D、E、F — or, before the label, 以A为“1”，
// B、C为“3”，D、E等新兴产业为“N”的“1+3+N”. The sub-labels are the label's
// own pieces (一核, 两翼; 1, 3, N), a word ending in a piece's head (东翼,
// 主体 for 一体), or a role word (以A为引领，B、C为支撑的“1+2”). Each
// definition gives members; the label's counts say how many there must be.
import { countValue } from "./numerals.ts";
import { matchesOf } from "../text/matches.ts";

export interface SubLabels {
  /** The pieces a definition may name: 一核, 两翼 / 1, 3, N. */
  keys: string[];
  /** The head each piece counts: 核, 翼 (a word ending in one stands for the piece: 东翼). */
  heads: string[];
  /** How many members the label counts; `open` when a piece is N or 多 (at least `total` then). */
  total: number;
  open: boolean;
}

const LAYOUT_GROUP = /([一二两三四五六七八九十双多])个?([^一二两三四五六七八九十双多]{1,3})/g;
const CODE = /^(?:\d|[NnXx])(?:\+(?:\d|[NnXx]))+$/;

/** The sub-labels of a layout (一核两翼三区) or a plus-code (1+3+N); null for other labels. */
export function subLabelsOf(label: string): SubLabels | null {
  if (CODE.test(label)) {
    const keys = label.split("+");
    const open = keys.some((k) => !/\d/.test(k));
    const total = keys.reduce((n, k) => n + (/\d/.test(k) ? Number(k) : 1), 0);
    return { keys, heads: [], total, open };
  }
  const groups = matchesOf(LAYOUT_GROUP, label);
  if (groups.length < 2 || groups.map((g) => g[0]).join("") !== label) return null;
  let total = 0;
  let open = false;
  for (const g of groups) {
    const n = g[1] === "多" ? null : countValue(g[1]!);
    if (n === null) open = true;
    total += n ?? 1;
  }
  return { keys: groups.map((g) => g[0]), heads: groups.map((g) => g[2]!.slice(-1)), total, open };
}

/** Words that give a member its role in a code or layout: 以A为引领, B为支撑, 以C为龙头. */
const ROLE = "引领|支撑|龙头|主体|核心|主导|补充|骨干";
/** A role word alone (compiled once: isPiece runs per definition found). */
const ROLE_WORD = new RegExp(`^(?:${ROLE})$`);
const ITEM = "[\\u4e00-\\u9fa5]{2,16}?";
const LIST = `${ITEM}(?:[、和及与]${ITEM})*`;
/** 以A为“1” / B、C为“3” / 以D为东翼 / 以E为引领: members, then the sub-label they make. */
const AS_SUB = new RegExp(`(?:以)?(${LIST})为[“‘]?([^，,。；;、“”‘’]{1,4}?)[”’]?(?=[，,。；;、的]|$)`, "g");
/** “一核”即A / 两带，即B、C / “3”是做强D、E: a sub-label, then its members. */
const SUB_IS =
  /(?:^|[，,。；;：:])[“‘]?([^，,。；;、“”‘’：:]{1,4})[”’]?[，,]?(?:即|就是|是)([^，,。；;]{2,120})/g;
/** 以A为龙头，建设B、C和D: a member given a role, then the rest after a verb. */
const ROLE_THEN_VERB = new RegExp(
  `以(${ITEM})为(?:${ROLE})[，,](?:[\\u4e00-\\u9fa5]{0,4}?(?:建设|打造|发展|管理|统筹管理|带动|培育|推进))(${LIST})(?=[，,。；;]|$)`,
);
/** 做强A、B三大主导产业 / 统筹管理C、D四个园区: the count closing a list is not its last member's. */
const CLOSING_COUNT = /(?:等)?(?:[一二两三四五六七八九十]+|\d+)(?:大|个|项|条|类)[\u4e00-\u9fa5]{0,6}$/;
/** 氢能、低空经济等未来产业 / 高端装备制造这个主导产业: the class named after the members. */
const CLASS_TAIL = /(?:等|这个|这一|这些)[\u4e00-\u9fa5]{0,6}$/;
const LEAD =
  /^(?:(?:全力|着力|加快|大力|全面|统筹|高标准|高水平|积极|深入|重点|前瞻|规划)*(?:打造|建设|创建|构筑|推动|推进|发展|培育|壮大|做大|做强|做优|布局|提升|管理))+/;

function splitList(list: string, heads: readonly string[]): string[] {
  const body = list.replace(LEAD, "").replace(CLOSING_COUNT, "").replace(CLASS_TAIL, "");
  return body
    .split(/[、和及与]/)
    .map((p) => {
      let item = p.replace(LEAD, "");
      // 东翼光电显示产业园: the piece's name before a member is not part of it.
      const side = /^[东西南北中前后左右]([\u4e00-\u9fa5])/.exec(item);
      if (side && heads.includes(side[1]!) && item.length - 2 >= 2) item = item.slice(2);
      return item;
    })
    .filter((p) => p.length >= 2);
}

function isPiece(word: string, sub: SubLabels): boolean {
  return (
    sub.keys.includes(word) ||
    (word.length <= 3 && sub.heads.some((h) => word.endsWith(h))) ||
    (sub.heads.length === 0 && ROLE_WORD.test(word))
  );
}

function counted(members: string[], sub: SubLabels): string[] | null {
  const unique = [...new Set(members)];
  if (sub.open ? unique.length >= sub.total : unique.length === sub.total) return unique;
  return null;
}

/**
 * The members the sub-labels in `window` define, in order, when they add up
 * to what the label counts; null otherwise. `window` is the sentence before a
 * label that closes it (…为“N”的“1+3+N”) or the explanation after one. `sub`
 * is the label's sub-labels, for a caller that has them already.
 */
export function subLabelMembers(
  window: string,
  label: string,
  sub: SubLabels | null = subLabelsOf(label),
): string[] | null {
  if (!sub) return null;
  const members: string[] = [];
  const defined = new Set<string>();
  if (window.includes("为")) {
    for (const m of matchesOf(AS_SUB, window)) {
      if (!isPiece(m[2]!, sub)) continue;
      // 以A为“1”，B、C为“3”: a list that follows an earlier definition starts after its pause.
      const list = m[1]!.replace(/^.*[以]/, "");
      members.push(...splitList(list, sub.heads));
      defined.add(m[2]!);
    }
  }
  if (members.length && defined.size >= Math.min(2, sub.keys.length)) {
    const found = counted(members, sub);
    if (found) return found;
  }
  members.length = 0;
  defined.clear();
  if (/即|是/.test(window)) {
    for (const m of matchesOf(SUB_IS, window)) {
      const key = m[1]!;
      if (!sub.keys.includes(key)) continue;
      members.push(...splitList(m[2]!, sub.heads));
      defined.add(key);
    }
  }
  if (defined.size === sub.keys.length) return counted(members, sub);
  const role = ROLE_THEN_VERB.exec(window);
  return role ? counted([role[1]!, ...splitList(role[2]!, sub.heads)], sub) : null;
}

const QUOTED_BEFORE = /[“‘]([^“”‘’]{3,10})[”’]/g;

/**
 * True when `label` (两翼, 三区) is one piece of a layout quoted shortly before
 * `at` (“一核两翼三区”): it is explained as a part, not a label of its own.
 */
export function isPieceOfLayoutBefore(text: string, at: number, label: string): boolean {
  if (!/^[一二两三四五六七八九十双多]个?[\u4e00-\u9fa5]{1,3}$/.test(label)) return false;
  const before = text.slice(Math.max(0, at - 160), at);
  if (!before.includes(label)) return false;
  for (const m of matchesOf(QUOTED_BEFORE, before)) {
    const sub = m[1] !== label ? subLabelsOf(m[1]!) : null;
    if (sub?.keys.includes(label)) return true;
  }
  return false;
}
