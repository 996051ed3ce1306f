// A large, varied input for the benchmarks: the shipped and test documents
// rewritten again and again with other places, other people and other
// figures, so that a file of many megabytes reads like a file of many
// different articles of the same genres (a file that repeats one document
// is one article to the engine, whose page-furniture rules drop a paragraph
// stated again in the same words). Deterministic: the same size gives the
// same text.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { random } from "../src/services/synthetic/random.ts";

export interface SourceDocument {
  name: string;
  text: string;
  /** Place names the document's gold lists (units and their aliases), whose stems are renamed. */
  places: string[];
  /** People the gold lists as speakers, whose given names are renamed. */
  people: string[];
}

const FOLDERS: [string, string][] = [
  ["demo", "test/fixtures/gold"],
  ["test/fixtures/corpus", "test/fixtures/gold"],
  ["test/fixtures/own/corpus", "test/fixtures/own/gold"],
];

interface Gold {
  units?: { name: string; aliases?: string[] }[];
  speakers?: { person: string }[];
}

/** The documents under demo/ and test/fixtures/, each with the names its gold file gives. */
export function sourceDocuments(root: string): SourceDocument[] {
  const out: SourceDocument[] = [];
  for (const [dir, goldDir] of FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith(".txt"));
    } catch {
      continue; // an optional folder that is not there
    }
    for (const n of names.sort()) {
      const goldPath = join(root, goldDir, n.replace(/\.txt$/, ".gold.json"));
      const gold: Gold = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, "utf8")) : {};
      out.push({
        name: n,
        text: readFileSync(join(root, dir, n), "utf8"),
        places: (gold.units ?? []).flatMap((u) => [u.name, ...(u.aliases ?? [])]),
        people: (gold.speakers ?? []).map((s) => s.person),
      });
    }
  }
  return out;
}

/** Characters invented place names and given names are made of. */
const NAME_CHARACTERS =
  "青石桐梧溪川湾岭泉源安宁和兴隆丰盛华阳明云星月港湖沙岩松柏枫柳杉荷兰清平乐永嘉怀远临康泰";
/** Suffixes of a place name; what is left before one is the stem that gets renamed. */
const SUFFIX =
  /(?:人民政府|政府|经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|新区|工业园|街道|区委|县委|市委|区|县|市|镇|乡)$/;
const GENERIC = /^(?:全|我|本|各|该|此|新|园|工业|街道)/;

function inventedName(length: number, next: () => number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += NAME_CHARACTERS[Math.floor(next() * NAME_CHARACTERS.length)];
  return s;
}

/** Every run of digits but a date or a time (2025年, 3月8日, 2021-03-11 08:32) changed, digit by digit, the first never to 0. */
function otherFigures(text: string, copy: number): string {
  return text.replace(/\d+/g, (digits, at: number) => {
    const after = text[at + digits.length] ?? "";
    if ("年月日-:：".includes(after) || "-:：".includes(text[at - 1] ?? "")) return digits;
    let out = "";
    for (let j = 0; j < digits.length; j++) {
      const d = digits.charCodeAt(j) - 48;
      out += j === 0 && d > 0 ? String(((d - 1 + copy) % 9) + 1) : String((d + copy + j) % 10);
    }
    return out;
  });
}

/** The document as copy number `copy` writes it: copy 0 is the document itself. */
export function variant(doc: SourceDocument, copy: number): string {
  if (copy === 0) return doc.text;
  const next = random(copy * 7919 + doc.name.length * 104729 + doc.text.length).next;
  const renames = new Map<string, string>();
  for (const place of doc.places) {
    let stem = place;
    while (SUFFIX.test(stem)) stem = stem.replace(SUFFIX, "");
    if (stem.length < 2 || stem === place || GENERIC.test(stem) || renames.has(stem)) continue;
    renames.set(stem, inventedName(stem.length, next));
  }
  for (const person of doc.people) {
    if (person.length < 2 || renames.has(person)) continue;
    renames.set(person, person[0] + inventedName(person.length - 1, next));
  }
  let text = doc.text;
  // Longest first, so that 松北区 is renamed before a shorter stem inside it could be.
  for (const [from, to] of [...renames].sort((a, b) => b[0].length - a[0].length))
    text = text.split(from).join(to);
  return otherFigures(text, copy);
}

/**
 * Documents until `bytes` are reached: each round takes every document once,
 * as that round's variant, in an order shuffled per round.
 */
export function variedDocuments(sources: SourceDocument[], bytes: number): string[] {
  // demo/ ships one of the test documents again: each text is taken once.
  const docs = sources.filter((d, i) => sources.findIndex((o) => o.text === d.text) === i);
  const out: string[] = [];
  let total = 0;
  for (let copy = 0; total < bytes; copy++) {
    const next = random(copy + 1).next;
    const order = docs.map((d, i) => ({ d, key: copy === 0 ? i : next() })).sort((a, b) => a.key - b.key);
    for (const { d } of order) {
      const text = variant(d, copy);
      out.push(text);
      total += Buffer.byteLength(text, "utf8");
      if (total >= bytes) break;
    }
  }
  return out;
}
