// Builds the document model: paragraphs, sections and sentences, and who
// owns each sentence. Ownership follows how each genre lays speakers out:
// a role line opens a speaker's section (round-ups), an attribution claims
// its paragraph ("……”X说"), an interview turn ("X：") claims its answer, and
// whatever no speaker claims belongs to the document's author.
import type { DocModel, DocSentence, Section } from "../document.ts";
import { foldText } from "../text/normalize.ts";
import { WordPositions } from "./word-positions.ts";
import { blankPageBreaks } from "../text/page-breaks.ts";
import { WordSet } from "../text/wordset.ts";
import {
  isHeadingLine,
  paragraphs,
  pieceAt,
  sentences,
  type Paragraph,
  type Sentence,
} from "../text/segment.ts";
import type { ExtractOptions, Speaker, Unit } from "../types.ts";
import { PEOPLE, alternation } from "../lexicon.ts";
import { accountAuthor, findAuthor, headParagraphs, headPlaces, signatureAuthor } from "./author.ts";
import { isVisitReport, visitPart, type VisitPart } from "./visit-report.ts";
import type { AuthorUnit } from "./speakers.ts";
import {
  PLACE_NAME,
  clauseSubject,
  levelOf,
  placeAt,
  shortForms,
  unitFromOrg,
  unitKind,
  type Level,
} from "./units.ts";
import { findPersonMentions, readName, type PersonMention } from "./roles.ts";
import { registerSpeakers } from "./speakers.ts";
import { inferYear } from "../year.ts";
import { pageLayout } from "./furniture.ts";
import layout from "../../../lexicon/layout.json" with { type: "json" };
import { dropAttendants } from "./attendants.ts";
import { isPeriodHeading } from "./period-heading.ts";
import { asksOrHosts, colonTurn, turnLine } from "./turns.ts";
import { reportParagraphLevel } from "./other-bodies.ts";
import { LabelWords, ownByOwnerFields, ownByOwnerLines } from "./owner-lines.ts";
import { ownByDutySplit } from "./duty-split.ts";
import { formField } from "./form-fields.ts";
import { taskRows } from "./task-table.ts";
import { unnamedPostSpeaker } from "./unnamed-post.ts";
import { departmentHeading } from "./department-heading.ts";

export interface BuiltDocument {
  doc: DocModel;
  units: Unit[];
  speakers: Speaker[];
  author: string | null;
}

const SPEECH_AFTER_NAME = new RegExp(
  `^(?:${alternation(PEOPLE.speechVerbs.filter((v) => v.length > 1 || "说称".includes(v)))})`,
);
/**
 * A transcript's role label before a titled person alone on a line (应询人：, 询问人：, 发言人：):
 * two to five Han characters and a colon; the label, else null.
 */
function roleLabel(lead: string): string | null {
  return /^([\u4e00-\u9fa5]{2,5})\s*：\s*$/.exec(lead)?.[1] ?? null;
}

/** The first lines a news account's name may stand on (a headline with a ！ ends no head). */
const ACCOUNT_LINES = 4;
/** What may stand before a role line's person: nothing, or a bullet. */
const BULLETS = /^[■□●○◆◇▲△▶►★☆·•▪\-*]?\s*$/;
/**
 * A question's or the host's turn: the reporter's or host's mark, after the outlet's name
 * (某某广播电视台记者：, 《某某时报》记者：) and before a bracket naming the host
 * (主持人（大会新闻中心副主任 某某）：), then a colon.
 */
const REPORTER_TURN = new RegExp(
  `^(?:[^：，。；！？答\\s]{0,16}?)(?:${alternation(PEOPLE.reporters)})(?:（[^（）]{0,30}）)?\\s*：`,
);
/** The host's turn with the host named in brackets (主持人（某某副主任 某某）：): the words in the bracket. */
const HOST_BRACKET = new RegExp(`^(?:${alternation(PEOPLE.hosts)})（([^（）]{0,30})）\\s*：`);

/**
 * An item of a list laid out line by line: a bullet or arrow (▶ 地区生产总值增长6%, → 新建学校5所)
 * or a digit number (3.新增企业：目标值3家) before words. Infographics and indicator lists write
 * their items this way, without a sentence end, and each is a statement, not a heading.
 */
const LIST_ITEM = /^\s*(?:[▶►●◆■▪•→➤➢]\s*|\d{1,2}\.(?!\d)\s*)[\u4e00-\u9fa5“]/;

/** A line of an infographic: a figure (not a date), and no photo caption mark (▲) before it. */
const FIGURE_LINE = /^(?![▲△])[^\d]{0,30}\d[\d.]*(?![\d.年月日时:：])/;

/** Titles, bylines, headings: lines with no sentence in them (an item of a list is not one). */
function isFurniture(p: Paragraph): boolean {
  return (
    !/[。！？；]/.test(p.text) && (!p.text.includes("，") || p.text.length < 16) && !LIST_ITEM.test(p.text)
  );
}

/**
 * A sentence that is one bracketed note: (牵头单位：经济发展办；责任单位：各社区) after a task,
 * (第一部分略), (本报记者 某某 整理). It names who carries the task out or how the text was
 * made; it is neither an action nor an owner.
 */
export function isAside(sentence: string): boolean {
  if (sentence[0] !== "（" || sentence[sentence.length - 1] !== "）") return false;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === "（") depth++;
    else if (c === "）" && --depth === 0) return i === sentence.length - 1;
  }
  return false;
}

interface Attribution {
  at: number;
  unit: string;
}

/**
 * The unit of a sentence [start, end) given its paragraph's attributions (in
 * order): the first said inside it, else the last said before it, else the
 * paragraph's first. (A loop: two filtered lists per sentence fed the collector.)
 */
function attributedUnit(attributions: readonly Attribution[], start: number, end: number): string {
  let before: Attribution | null = null;
  for (const a of attributions) {
    if (a.at >= start && a.at < end) return a.unit;
    if (a.at < start) before = a;
  }
  return (before ?? attributions[0]!).unit;
}

export function buildDocument(original: string, options: ExtractOptions): BuiltDocument {
  const text = blankPageBreaks(foldText(original));
  const paras = paragraphs(text);
  const mentions = dropAttendants(text, findPersonMentions(text));
  const head = headParagraphs(paras);
  // A study tour's report (关于赴X市考察学习…的报告): the place that signs it at its end is its author.
  const visit = isVisitReport(head);
  const author =
    findAuthor(head, mentions) ??
    accountAuthor(paras.slice(0, ACCOUNT_LINES), text) ??
    (visit ? signatureAuthor(paras) : null) ??
    impliedAuthor(text, mentions.length > 0);
  const named = author ? [] : headPlaces(head);
  const registry = registerSpeakers(mentions, author, named);
  const byline = author && !registry.speakers.length ? bylineName(head, text) : null;
  if (byline && author) {
    registry.speakers.push({ person: byline.person, units: [author.name], titles: [], span: byline.span });
    registry.ownerOf.set(byline.person, author.name);
  }
  const names = [...registry.ownerOf.keys()];
  // (A document with no speaker, most reports, builds no set.)
  const bareNames = names.length ? new WordSet(names) : null;

  const sections: Section[] = [];
  const sents: DocSentence[] = [];
  let running: string | null = author?.name ?? null;
  const headSet = new Set(head.map((p) => p.index));
  const page = pageLayout(text, paras);
  const furnitureByPlace = page.furniture;
  const articleStarts = new Set(page.articleStarts);
  const paraOf = (at: number) => pieceAt(paras, at);
  const mentionsOf = new Map<number, PersonMention[]>();
  for (const m of mentions) {
    const p = paraOf(m.nameStart);
    if (p < 0 || m.end > paras[p]!.end) continue;
    const list = mentionsOf.get(p);
    if (list) list.push(m);
    else mentionsOf.set(p, [m]);
  }
  const mentionsByPara = (p: Paragraph) => mentionsOf.get(p.index) ?? [];
  // Bare names followed by a speech verb ("程维东说") claim their paragraph too, and so does a
  // name that opens its paragraph (程维东在讲话中…。他表示，…): the paragraph is about them.
  const bareByPara = new Map<number, Attribution[]>();
  for (const b of bareNames?.findAll(text) ?? []) {
    const end = b.at + b.word.length;
    const p = paraOf(b.at);
    if (p < 0) continue;
    const opens = paras[p]!.start === b.at && text[end] !== "：";
    if (!opens && !SPEECH_AFTER_NAME.test(text.slice(end, end + 2))) continue;
    const attribution = { at: b.at, unit: registry.ownerOf.get(b.word)! };
    const list = bareByPara.get(p);
    if (list) list.push(attribution);
    else bareByPara.set(p, [attribution]);
  }

  const unitSubjects = subjectUnits(registry.units);
  // A form's record: the unit its owner field names, and whether the asker's fields are running.
  let answerer: string | null = null;
  let asking = false;
  /** An agreement's parties (甲方 → the unit its party line names), once a party line is read. */
  let parties: Map<string, string> | null = null;
  // A transcript's turn lines (【发布人 某某】…【主持人 某某】): the host's and the reporters' turns
  // own nothing; who spoke only as the host is no speaker.
  let otherTurn = false;
  // Sentences whose own subject names the unit that acts (市科技局牵头设立…): an owner line keeps off them.
  const ownSubject = new Set<number>();
  const hosts = new Set<string>();
  // A task table's rows (序号｜重点任务｜牵头单位｜…): each task is its 牵头单位's (cells cut in the
  // original, whose wide spaces the folded text makes single).
  const tasks = taskRows(paras, original);
  const answering = new Set<string>();
  // Words every sentence is searched for, found once in the whole text (each sentence's text is
  // text.slice(start, end)): where a sentence may be cut (；) and a group may speak (们, 大家).
  const semicolons = new WordPositions(text, "；");
  const plurals = new WordPositions(text, "们");
  const everyone = new WordPositions(text, "大家");
  // A department's heading (▌县发改局：抓项目 扩投资): its block, and whose the text is after it.
  let departmentBlock: { unit: string; resume: string | null } | null = null;
  // A visit report's part (what was seen elsewhere, our lessons, our plan): the opening tells the journey.
  let part: VisitPart | null = visit ? "seen" : null;
  // Whether the section was opened by a decorated heading (🔥 数说2025 🔥), not a numbered one.
  let decoratedSection = false;
  for (const p of paras) {
    // Another article of a file that holds several: the last one's speaker does not speak in it;
    // the place its headline names does, else the document's author.
    if (articleStarts.has(p.index)) {
      const place = headPlaces(headParagraphs(paras.slice(p.index)))[0];
      if (place && !registry.units.some((u) => u.name === place.name)) {
        registry.units.push({ name: place.name, aliases: [], kind: unitKind(place.name), span: place.span });
      }
      running = place?.name ?? author?.name ?? null;
      otherTurn = false;
    }
    const paraMentions = mentionsByPara(p);
    const row = tasks.size ? tasks.get(p.index) : undefined;
    // (Looked up once per paragraph: the sentences below ask again.)
    const inHead = headSet.has(p.index);
    const pageFurniture = furnitureByPlace.has(p.index);
    // A numbered heading (一、… / （一）…, with no sentence end) opens a section even when it carries a clause
    // (a task table's row numbered 10｜… is no infographic's heading).
    if (!row && (isHeadingLine(p.text) || (!inHead && isPeriodHeading(p.text)))) {
      if (sections.length) sections[sections.length - 1]!.end = p.start;
      sections.push({ heading: p.text, start: p.start, end: text.length, year: null });
      decoratedSection = !isHeadingLine(p.text);
      if (part) part = visitPart(p.text) ?? part;
    }
    if (!sections.length) sections.push({ heading: null, start: 0, end: text.length, year: null });
    const section = sections.length - 1;
    // A role line: a titled person opening the line, then ： (X区委书记 王某：做强制造), or a line
    // that is the titled person alone, after a bullet (■市教育局局长 林某): it opens their block.
    // (Or the titled person alone after a role label and a colon, 应询人：市民政局局长 某某: a
    // transcript's turn; a host's or a questioner's label, 主持人：…, opens words that are no one's.)
    let label: string | null = null;
    const roleLine = paraMentions.find(
      (m) =>
        (m.start === p.start && m.after === "：") ||
        (m.end === p.end &&
          (m.start - p.start <= 2
            ? BULLETS.test(text.slice(p.start, m.start))
            : (label = roleLabel(text.slice(p.start, m.start))) !== null)),
    );
    // A role line ends in a headline (Harbin's round-up); "X（区委书记）：今年…。" ends in the speech itself.
    const speechOnRoleLine = roleLine ? /[。！？]/.test(text.slice(roleLine.end, p.end)) : false;
    // Under a decorated heading (🔥 数说2025 🔥) an infographic states its figures on lines with no
    // sentence end (312.6亿元, 新增企业46家): they are statements, not titles (a photo caption, ▲…, is none).
    const figureLine =
      decoratedSection && !inHead && !pageFurniture && FIGURE_LINE.test(p.text) && !isPeriodHeading(p.text);
    let furniture =
      inHead || pageFurniture || (isFurniture(p) && !figureLine) || (Boolean(roleLine) && !speechOnRoleLine);
    let fixedOwner: string | null = null;
    // A reporter's question or the host's words (记者：…, 主持人：…): no one's, not even a strategy's.
    let othersWords = false;
    if (roleLine && label !== null && asksOrHosts(label)) {
      running = null;
      hosts.add(roleLine.person);
    } else if (roleLine) running = registry.ownerOf.get(roleLine.person) ?? running;
    const turn = p.text.length <= 26 && "【[".includes(p.text[0]!) ? turnLine(p.text, names) : null;
    if (turn) {
      furniture = true;
      otherTurn = turn.kind !== "speaker";
      if (turn.kind === "speaker") {
        running = registry.ownerOf.get(turn.person) ?? running;
        answering.add(turn.person);
      } else if (turn.kind === "host" && turn.person) hosts.add(turn.person);
    } else if (otherTurn) furniture = true;
    // A form's fields (a message board's record): 【办理单位】X names who answers, and the reply
    // (【回复内容】…) is X's; the asker's message (【留言内容】…) and what runs under it is nobody's.
    const field = p.text[0] === "【" ? formField(p.text) : null;
    if (field) {
      asking = field.kind === "asker";
      if (asking) furniture = true;
      else if (field.kind === "owner" && field.value.length >= 3) {
        furniture = true;
        answerer = field.value;
        if (!isRegistered(registry, answerer)) {
          const at = p.start + p.text.indexOf(answerer);
          addUnit(registry, answerer, shortForms(answerer), [at, at + answerer.length]);
        }
      } else if (field.kind === "reply") running = answerer ?? running;
    } else if (asking) furniture = true;
    // 县政府工作报告明确，…: the paragraph is that government's report's, not the last speaker's
    // (named as other-bodies.ts names the report's body, so that its items quoted again later are
    // the same unit's); the speaker before it goes on after it.
    const reportLevel = furniture ? null : reportParagraphLevel(p.text);
    if (reportLevel) {
      fixedOwner = author?.level === reportLevel ? author.name : `${reportLevel}政府`;
      if (fixedOwner && !isRegistered(registry, fixedOwner))
        addUnit(registry, fixedOwner, [], [p.start, p.start]);
    }

    // A round-up's sub-heading naming a unit, then its line (霞川区：锚定中心城区首位度): the
    // paragraphs under it are that unit's until a speaker or another such heading.
    const unitHead = roleLine ? null : unitHeading(p.text, paras[p.index + 1]?.text ?? "");
    if (unitHead) {
      furniture = true;
      running = unitHead;
      if (!isRegistered(registry, unitHead))
        addUnit(registry, unitHead, shortForms(unitHead), [p.start, p.start + unitHead.length]);
    }

    // ▌县发改局：抓项目 扩投资 — the paragraphs under it are the department's, up to the next line
    // that is no sentence (a heading, a photo caption), where the voice before it goes on.
    const departmentHead = roleLine || unitHead || inHead || pageFurniture ? null : departmentHeading(p.text);
    if (departmentHead) {
      furniture = true;
      if (!departmentBlock || departmentBlock.unit !== running)
        departmentBlock = { unit: "", resume: running };
      departmentBlock.unit = running = departmentHead;
      if (!isRegistered(registry, departmentHead)) {
        const at = p.start + p.text.indexOf(departmentHead);
        addUnit(registry, departmentHead, [], [at, at + departmentHead.length]);
      }
    } else if (departmentBlock && furniture) {
      if (running === departmentBlock.unit) running = departmentBlock.resume;
      departmentBlock = null;
    }

    // An attached document's own title below the head (2026年度青石镇目标责任书): what follows is
    // the place's, the one it binds, until a speaker or another such title.
    const innerTitle = furniture && !inHead && !roleLine && !unitHead ? titledPlace(p.text) : null;
    if (innerTitle) {
      running = innerTitle;
      if (!isRegistered(registry, innerTitle)) {
        const at = p.start + p.text.indexOf(innerTitle);
        addUnit(registry, innerTitle, shortForms(innerTitle), [at, at + innerTitle.length]);
      }
    }

    // Interview turns: "记者：…" is a question; "陶振川：…" is an answer.
    if (!roleLine) {
      if (REPORTER_TURN.test(p.text)) {
        furniture = true;
        othersWords = true;
        // The host named in the bracket of the turn is no speaker unless answering too.
        const host = HOST_BRACKET.exec(p.text);
        if (host) for (const m of paraMentions) if (host[1]!.includes(m.person)) hosts.add(m.person);
      }
      // (发布人 李红：…: a role label before the name; 主持人 赵敏：… is the host's.)
      const turn = colonTurn(p.text);
      if (turn?.label && asksOrHosts(turn.label)) furniture = true;
      else if (turn && registry.ownerOf.has(turn.name)) {
        fixedOwner = registry.ownerOf.get(turn.name)!;
        running = fixedOwner;
      }
    }

    // An agreement's party line (甲方：某县人民政府): from here on the party's mark stands for that
    // unit, and the agreement's clauses are owned by the party each names as its subject; what
    // names none (the preamble, the principles) is no one party's.
    const party = furniture ? partyLine(p.text) : null;
    if (party) {
      const unit = partyUnit(party.name, registry.units, p.start + p.text.indexOf(party.name));
      (parties ??= new Map()).set(party.mark, unit);
      running = null;
    }

    const attributions: Attribution[] = [];
    if (!furniture && !fixedOwner) {
      for (const m of paraMentions) {
        const unit = registry.ownerOf.get(m.person);
        if (unit) attributions.push({ at: m.nameStart, unit });
      }
      for (const b of bareByPara.get(p.index) ?? []) {
        if (!attributions.some((a) => a.at === b.at)) attributions.push(b);
      }
      attributions.sort((a, b) => a.at - b.at);
      // 县文化和旅游局主要负责同志表示，将…: a post with no name speaks for its body, as a named one would.
      const unnamed = attributions.length ? null : unnamedPostSpeaker(p.text);
      if (unnamed) {
        const at = p.start + unnamed.at;
        attributions.push({ at, unit: unnamed.unit });
        if (!isRegistered(registry, unnamed.unit))
          addUnit(registry, unnamed.unit, shortForms(unnamed.unit), [at, at + unnamed.unit.length]);
      }
    }

    let collective = false;
    // A row's task cell is its sentences, read once, from the row's first line; its other cells none.
    const list = !row
      ? splitAtSubjects(sentences(text, p), parties, semicolons)
      : row.paragraphs[0] !== p.index
        ? []
        : sentences(text, { ...p, ...row.task, text: text.slice(row.task.start, row.task.end) });
    if (row && !isRegistered(registry, row.owner))
      addUnit(registry, row.owner, [], [row.task.end, row.task.end]);
    for (const s of list) {
      // What the page prints after an article ends (related links, a reporter's 记者手记) is nobody's.
      let unit: string | null = pageFurniture || asking || othersWords ? null : (fixedOwner ?? running);
      // 大家纷纷表示，将…; 代表们表示…: what a whole group says is no one unit's pledge.
      // (们 and 大家 looked up by the sentence's offsets: two searches of each sentence cost two calls.)
      if (
        !attributions.length &&
        !fixedOwner &&
        (plurals.indexIn(s.start, s.end) >= 0 || everyone.indexIn(s.start, s.end) >= 0) &&
        COLLECTIVE_SPEECH.test(s.text)
      )
        collective = true;
      // With no attribution here, a sentence whose subject is another speaker's unit (今年榆湾将…
      // after a speaker the layout missed) is that unit's, and so is what follows it.
      if (!attributions.length && !fixedOwner && !furniture && unitSubjects) {
        const named = unitSubjects(s.text);
        if (named && named !== unit) unit = running = named;
      }
      if (attributions.length) unit = attributedUnit(attributions, s.start, s.end);
      const byParty = parties && !furniture && !fixedOwner ? partyOf(s.text, parties) : null;
      if (byParty) unit = running = byParty;
      // 市科技局牵头设立…: a department of the government whose report it is acts in this sentence
      // (a department's own head speaking of it by a short name keeps their unit); so does a
      // township or a zone (经开区要加快…: the zone the text named before, 柘原经开区, by its short name).
      const subject = furniture ? null : clauseSubject(s.text);
      const department = subject ? knownUnit(registry.units, subject) : null;
      if (department) ownSubject.add(sents.length);
      if (department && department !== unit && !(unit && unitKind(unit) === "department")) {
        unit = department;
        const at = s.start + s.text.indexOf(subject!);
        if (!registry.units.some((u) => u.name === department)) {
          registry.units.push({
            name: department,
            aliases: [],
            kind: unitKind(department),
            span: [at, at + department.length],
          });
        }
      }
      if (row) unit = row.owner;
      sents.push({
        start: s.start,
        end: s.end,
        text: s.text,
        paragraph: s.paragraph,
        quoted: s.quoted,
        index: sents.length,
        unit,
        section,
        furniture: row ? false : furniture || collective || isAside(s.text),
      });
      // What a visit report saw elsewhere is nobody's; its lessons state where its author stands.
      if (part === "seen" && !inHead) {
        sents[sents.length - 1]!.furniture = true;
        sents[sents.length - 1]!.unit = null;
      } else if (part === "lessons") sents[sents.length - 1]!.statesOnly = true;
    }
    if (attributions.length) running = attributions[attributions.length - 1]!.unit;
  }

  // 责任单位：区工信局 on a line of its own: the item it closes or opens is that unit's.
  const labels = new LabelWords(text);
  for (const { owner, line } of ownByOwnerLines(paras, sents, ownSubject, labels)) {
    if (isRegistered(registry, owner)) continue;
    const at = line.start + line.text.indexOf(owner);
    addUnit(registry, owner, [], [at, at + owner.length]);
  }

  // …。责任单位：镇社会事务办；投资96万元；完成时限：… closing an item's paragraph: the item is that unit's.
  for (const { owner, at } of ownByOwnerFields(sents, ownSubject, labels)) {
    if (!isRegistered(registry, owner)) addUnit(registry, owner, [], [at, at + owner.length]);
  }

  // 六、责任分工 / 1.项目建设攻坚：经济发展局牵头，…: the measures under that task's heading are the lead unit's.
  for (const { owner, at } of ownByDutySplit(paras, sections, sents, ownSubject)) {
    if (!isRegistered(registry, owner)) addUnit(registry, owner, [], [at, at + owner.length]);
  }

  for (const host of hosts) {
    if (answering.has(host)) continue;
    const at = registry.speakers.findIndex((sp) => sp.person === host);
    if (at >= 0) registry.speakers.splice(at, 1);
  }

  // Nothing owned at all means the layout defeated us. A whole document (or a whole article of a
  // file that holds several) is never lost: the place its title, headline or dateline names, else
  // its first sentence, else the one it names most owns it, marked as a guess so that a reviewer
  // sees it first.
  const bounds = [0, ...page.articleStarts, paras.length];
  let first = 0;
  for (let a = 0; a + 1 < bounds.length; a++) {
    const from = paras[bounds[a]!]?.start ?? 0;
    const to = bounds[a + 1]! < paras.length ? paras[bounds[a + 1]!]!.start : text.length;
    // Sentences are in text order: each article's are the run after the last article's.
    let last = first;
    while (last < sents.length && sents[last]!.start < to) last++;
    const inArticle = sents.slice(first, last);
    first = last;
    if (inArticle.some((s) => s.unit && !s.furniture)) continue;
    const opening = inArticle.find((s) => !s.furniture);
    const articleHead = a === 0 ? head : headParagraphs(paras.slice(bounds[a]!, bounds[a + 1]!));
    const body = text.slice(from, to);
    const named = mostNamedPlace(body);
    const fallback =
      headPlaces(articleHead)[0] ??
      (opening
        ? headPlaces([{ ...paras[opening.paragraph]!, text: opening.text, start: opening.start }])[0]
        : undefined) ??
      (named ? { ...named, span: [named.span[0] + from, named.span[1] + from] as [number, number] } : null) ??
      impliedAuthor(body, false);
    if (!fallback) continue;
    for (const s of inArticle) {
      if (s.furniture) continue;
      s.unit = fallback.name;
      s.guessed = true;
    }
    if (!registry.units.some((u) => u.name === fallback.name)) {
      registry.units.push({
        name: fallback.name,
        aliases: [],
        kind: unitKind(fallback.name),
        span: fallback.span,
      });
    }
  }

  const doc: DocModel = {
    original,
    text,
    title: titleOf(head, paras),
    year: options.year ?? inferYear(original),
    paragraphs: paras,
    sections,
    sentences: sents,
  };
  return { doc, units: registry.units, speakers: registry.speakers, author: author?.name ?? null };
}

/**
 * A unit named as a clause's subject, as the units found so far name it: the one with that
 * name or alias, else the one whose name ends in it (经开区 → 柘原经开区), else the name itself.
 */
function knownUnit(units: readonly Unit[], name: string): string {
  let endsIn: string | null = null;
  for (const u of units) {
    if (u.name === name || u.aliases.includes(name)) return u.name;
    if (!endsIn && u.name.length > name.length && u.name.endsWith(name)) endsIn = u.name;
  }
  return endsIn ?? name;
}

/**
 * Cuts a sentence where a ；-segment opens with another unit as its subject
 * (县交通局要推进…；县水务局要加快…): each segment is then owned by its own subject.
 * Only sentences holding a ； are looked at.
 */
function splitAtSubjects(
  list: Sentence[],
  parties: ReadonlyMap<string, string> | null,
  semicolons: WordPositions,
): Sentence[] {
  let out: Sentence[] | null = null;
  const at = semicolons.list;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    let cuts: number[] | null = null;
    // The sentence's ； by its offsets in the text (a search of each sentence was a call for each).
    for (let q = semicolons.first(s.start); q < at.length && at[q]! < s.end; q++) {
      const k = at[q]! - s.start;
      if (k + 1 >= s.text.length) continue;
      const rest = s.text.slice(k + 1);
      if (clauseSubject(rest) || (parties && partyOf(rest, parties))) (cuts ??= []).push(k + 1);
    }
    if (!cuts && !out) continue;
    out ??= list.slice(0, i);
    if (!cuts) {
      out.push(s);
      continue;
    }
    let from = 0;
    for (const cut of [...cuts, s.text.length]) {
      out.push({ ...s, start: s.start + from, end: s.start + cut, text: s.text.slice(from, cut) });
      from = cut;
    }
  }
  return out ?? list;
}

/** 甲方：浙江省某县人民政府 — a party's mark, then the body it stands for, the line alone (a seal note after it). */
const PARTY_LINE = /^([甲乙丙丁]方)\s*：\s*([\u4e00-\u9fa5]{2,30})(?:（[^）]{1,6}）)?$/;
function partyLine(line: string): { mark: string; name: string } | null {
  if (line.length > 40 || !line.includes("方") || !"甲乙丙丁".includes(line[0]!)) return null;
  const m = PARTY_LINE.exec(line.trim());
  return m ? { mark: m[1]!, name: m[2]! } : null;
}

/**
 * The unit a party's body is: its government or committee is the place (某县人民政府 → 某县),
 * named without its province (浙江省某县 → 某县); a unit already known by that name or ending in
 * it (a speaker's) is the one; else a new unit is registered.
 */
function partyUnit(body: string, units: Unit[], at: number): string {
  const name = unitFromOrg(body).replace(PROVINCE_LEAD, "") || body;
  for (const u of units) if (u.name === name || u.aliases.includes(name)) return u.name;
  for (const u of units) if (u.name.length >= 2 && name.endsWith(u.name)) return u.name;
  units.push({ name, aliases: shortForms(name), kind: unitKind(name), span: [at, at + body.length] });
  return name;
}
const PROVINCE_LEAD = /^[\u4e00-\u9fa5]{2,7}?(?:省|自治区)(?=[\u4e00-\u9fa5]{2})/;

/**
 * The party a clause names as its subject (甲方每年安排…, 五年内，甲方为乙方培训…): the party's
 * unit; null when it opens with none (双方 speak for both, which no one unit is).
 */
function partyOf(sentence: string, parties: ReadonlyMap<string, string>): string | null {
  const lead = PARTY_LEAD.exec(sentence)?.[0].length ?? 0;
  const mark = sentence.slice(lead, lead + 2);
  return parties.get(mark) ?? null;
}
/** A short time or frequency phrase before a clause's subject: 五年内，/ 每年，/ 2021年起，. */
const PARTY_LEAD = /^[^，。；：“”]{1,8}，(?=[甲乙丙丁]方)/;

/** 霞川区：锚定中心城区首位度 — a place, ：, then a short line with no sentence end: the place. */
function unitHeading(line: string, next: string): string | null {
  // Tried on every paragraph: the expression runs only where two to twelve Han characters open the
  // line and a colon follows them.
  let k = 0;
  while (k <= 12 && isHanCode(line.charCodeAt(k))) k++;
  if (k < 2 || k > 12 || (line[k] !== "：" && line[k] !== ":")) return null;
  const m = UNIT_HEADING.exec(line);
  if (!m) return null;
  const place = placeAt(line, 0);
  if (place !== m[1]) return null;
  // The paragraph under it has the place act (霞川区将…): 产业立区：构建… is a theme, not a place.
  return new RegExp(`${place}(?:将|要|还将|还要|今年|明年)`).test(next) ? place : null;
}

/**
 * The title of a document that binds or plans for one place (a year, the place, then the kind of
 * document: 2026年度青石镇经济社会发展目标责任书, 红岭街道2025年工作要点), the line alone.
 */
const PLACE_TITLE =
  /^(?:\d{4}年度?)?([\u4e00-\u9fa5]{2,8}?(?:街道|镇|乡|县|区|市))[\u4e00-\u9fa5\d]{0,24}(?:责任书|任务书|工作要点|工作计划|实施方案)$/;

function titledPlace(line: string): string | null {
  if (line.length > 40 || !/(?:书|点|划|案)$/.test(line)) return null;
  const m = PLACE_TITLE.exec(line);
  if (!m) return null;
  const place = placeAt(line, line.indexOf(m[1]!));
  return place === m[1] && !NOT_OWN_PLACE.test(place) ? place : null;
}
/** 全县, 各乡镇, 本区: a scope, not a place's name. */
const NOT_OWN_PLACE = /^(?:全|各|本|我|该|其|年)/;

const UNIT_HEADING = /^([\u4e00-\u9fa5]{2,12})[：:]\s*[^。！？；：:]{2,30}$/;
const isHanCode = (code: number) => code >= 0x4e00 && code <= 0x9fa5;

/** A group as the speaker: 大家表示, 代表们纷纷表示, 乡镇长们都表示. */
const COLLECTIVE_SPEECH =
  /(?:^|[，。])(?:大家|[\u4e00-\u9fa5]{1,5}们)(?:都|也|还|纷纷|一致)?(?:表示|认为|说)，/;
// (COLLECTIVE_SPEECH is tried only on a sentence holding 们 or 大家: an unanchored regex costs on every sentence.)
const SUBJECT_LEAD = /^(?:今年|明年|下一步|同时|此外|另外)，?/;
const SUBJECT_MODAL = /^(?:今年|明年)?(?:还将|也将|还要|也要|将|要)/;

/**
 * A finder of the unit a sentence opens with as its subject (今年，石湖将…, 青溪区明年将…),
 * among the units of two or more speakers; null when there are fewer (a single speaker's
 * or author's document names its own places as objects, not as owners).
 */
function subjectUnits(units: readonly Unit[]): ((sentence: string) => string | null) | null {
  const places = units.filter((u) => u.kind !== "department" && u.kind !== "organisation");
  if (places.length < 2) return null;
  const byName = new Map<string, string>();
  for (const u of places) for (const n of [u.name, ...u.aliases]) if (n.length >= 2) byName.set(n, u.name);
  const names = new WordSet([...byName.keys()]);
  return (sentence) => {
    const lead = SUBJECT_LEAD.exec(sentence)?.[0].length ?? 0;
    const name = names.longestAt(sentence, lead);
    if (!name || !SUBJECT_MODAL.test(sentence.slice(lead + name.length, lead + name.length + 4))) return null;
    return byName.get(name) ?? null;
  };
}

/**
 * With no author and no speaker, the government the text speaks of as 全市/我区
 * owns it: a plan summary with no byline still belongs to someone. The city's
 * name comes from its newspaper (来源：芷川日报) when there is one.
 */
function impliedAuthor(text: string, hasSpeakers: boolean): AuthorUnit | null {
  if (hasSpeakers) return null;
  const head = text.slice(0, 20000);
  let best: Level | null = null;
  let bestCount = 0;
  for (const level of ["市", "区", "县", "镇"] as const) {
    const count = head.split(new RegExp(`[全我本]${level}`)).length - 1;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  if (!best || bestCount < 2) return null;
  const paper = /来源：\s*([\u4e00-\u9fa5]{2,4}?)日报/.exec(head);
  const name = paper && best === "市" ? `${paper[1]}市` : `${best}政府`;
  return { name, level: best, span: [0, 0] };
}

/** The place (区, 县, 市, 镇, 开发区…) the text names most often, named at least twice. */
function mostNamedPlace(text: string): AuthorUnit | null {
  const counts = new Map<string, { n: number; at: number }>();
  for (const m of text.matchAll(PLACE_NAME)) {
    const name = m[0].replace(/^(?:全|我|本|各|在|和|与|的|了|将|对|向)+/, "");
    if (name.length < 3 || /^[一二三四五六七八九十两百千\d]|都市$|城市$/.test(name)) continue;
    const c = counts.get(name) ?? { n: 0, at: m.index };
    c.n++;
    counts.set(name, c);
  }
  let best: [string, { n: number; at: number }] | null = null;
  for (const e of counts) if (!best || e[1].n > best[1].n) best = e;
  if (!best || best[1].n < 2) return null;
  return {
    name: best[0],
    level: levelOf(best[0].slice(-1)),
    span: [best[1].at, best[1].at + best[0].length],
  };
}

/** The title: the longest of the head lines that is not a dateline, byline or kicker. */
function titleOf(head: Paragraph[], paras: Paragraph[]): string {
  const candidates = head.filter(
    (p) =>
      !/来源|本报|记者|^——|^\d{4}[-年]/.test(p.text) &&
      p.text.length >= 6 &&
      !/：$/.test(p.text) &&
      // An official document's red header (X办事处文件) and its number (X发〔2025〕3号) name no document.
      !/文件$|（\d{4}）\d+号$/.test(p.text),
  );
  // An official notice's head names its issuer above its title (X管理委员会 / 关于印发《…》的通知).
  const best =
    candidates.find((p) => p.text.startsWith("关于印发")) ??
    candidates.find((p) => p.text.length >= 8) ??
    candidates[0] ??
    paras[0];
  const title = best?.text.trim() ?? "";
  // 关于印发《X工作要点》的通知 (or with no brackets, as a red-header notice's title often is): the
  // document is the one it issues.
  return /^关于印发《([^》]+)》/.exec(title)?.[1] ?? /^关于印发(.{4,}?)的通知$/.exec(title)?.[1] ?? title;
}

export type { PersonMention };

/** The marks before an official letter's signer in its head (lexicon layout.json issuerMarks). */
const ISSUER_MARKS: readonly string[] = layout.issuerMarks;

/**
 * A report's byline: a head line that is a personal name and nothing else
 * (谭某某 under "在中国共产党某县第N次代表大会上的报告"). The one who gives
 * the author's report speaks for it.
 */
function bylineName(head: Paragraph[], text: string): { person: string; span: [number, number] } | null {
  // An official letter's signer (签发人：彭某, beside its document number) signs it for the issuer.
  for (const p of head) {
    for (const mark of ISSUER_MARKS) {
      const k = p.text.indexOf(mark);
      if (k < 0) continue;
      let at = p.start + k + mark.length;
      while (at < p.end && (text[at] === "：" || text[at] === " ")) at++;
      const name = readName(text, at, p.end);
      if (name && (name.end === p.end || text[name.end] === " "))
        return { person: text.slice(at, name.end), span: [at, name.end] };
    }
  }
  for (const p of head) {
    const line = p.text.replace(/\s+/g, "");
    if (line.length < 2 || line.length > 4 || line !== p.text) continue;
    const name = readName(text, p.start, p.end);
    if (name && name.end === p.end) return { person: p.text, span: [p.start, p.end] };
  }
  return null;
}

/** Whether the registry already has a unit called `name`, by its name or one of its aliases. */
function isRegistered(registry: { units: Unit[] }, name: string): boolean {
  return registry.units.some((u) => u.name === name || u.aliases.includes(name));
}

/** A unit the layout names (a form's answerer, a heading, a table's owner cell) joins the registry. */
function addUnit(registry: { units: Unit[] }, name: string, aliases: string[], span: [number, number]): void {
  registry.units.push({ name, aliases, kind: unitKind(name), span });
}
