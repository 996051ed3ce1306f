// People named only as attending are no speakers. Names and places are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";
import { dropAttendants } from "./attendants.ts";
import type { PersonMention } from "./roles.ts";

test("a titled person named only as attending (…参加调研) is no speaker", () => {
  const e = extract(
    "5月6日，市委副书记、市长周立平到柳岸区调研。市政府副秘书长马文涛，市有关部门负责同志参加调研。\n\n周立平强调，柳岸区要加快建设智能制造产业园。\n",
    { year: 2022 },
  );
  assert.deepEqual(
    e.speakers.map((s) => s.person),
    ["周立平"],
  );
});

test("one named again as speaking stays a speaker, and so does the person named before an attendant", () => {
  const again = extract(
    "5月6日，市长周立平深入柳岸区调研，副市长马文涛陪同。\n\n马文涛表示，将新建标准厂房10万平方米。\n",
    { year: 2022 },
  );
  assert.deepEqual(
    again.speakers.map((s) => s.person),
    ["周立平", "马文涛"],
  );
});

test("an attendant is dropped only when every time the name occurs is an attending mention, overlaps counted", () => {
  // 马文 and 马文涛 both attend; 马文 also occurs inside 马文涛, so it occurs more often than
  // it is mentioned and stays (as a pass per name with indexOf counted it).
  const text =
    "市长周立平到柳岸区调研。马文涛参加调研。马文参加调研。胡一明参加调研。胡一明的报告说，将新建学校。";
  const at = (person: string, from = 0): PersonMention => {
    const nameStart = text.indexOf(person, from);
    return { person, start: nameStart, end: nameStart + person.length, nameStart, posts: [], after: "" };
  };
  const mentions = [at("周立平"), at("马文涛"), at("马文", text.indexOf("马文参")), at("胡一明")];
  assert.deepEqual(
    dropAttendants(text, mentions).map((m) => m.person),
    ["周立平", "马文", "胡一明"],
  );
});

test("a titled person at the head of a list of those attending a meeting (…负责同志出席会议) is no speaker", () => {
  const e = extract(
    "4月2日上午，县委书记唐立中主持召开县委常委会会议，研究部署项目建设工作。唐立中主持会议并讲话。县委副书记、县长高文博，县委常委，县人大常委会、县政协负责同志出席会议，县直有关部门主要负责同志列席会议。\n\n会议要求，全县要加快建设新材料产业园。\n",
    { year: 2021 },
  );
  assert.deepEqual(
    e.speakers.map((s) => s.person),
    ["唐立中"],
  );
});

test("who only signs an agreement for a body (与…分别代表两县签订协议, 代表（签字）：某某) is no speaker", () => {
  const e = extract(
    "6月2日，柳川县·桐岭县协作协议签约仪式举行。柳川县委书记韩立新出席并讲话。柳川县县长马文涛与桐岭县县长吴德安分别代表两县签订协议。\n\n韩立新表示，柳川将新建协作产业园1个。\n\n甲方代表（签字）：马文涛\u3000\u3000乙方代表（签字）：吴德安\n",
    { year: 2022 },
  );
  assert.deepEqual(
    e.speakers.map((s) => s.person),
    ["韩立新"],
  );
  // One who signs and speaks is a speaker.
  const speaks = extract(
    "柳川县县长马文涛与桐岭县县长吴德安签订协议。马文涛说，柳川将新建协作产业园1个。\n",
    { year: 2022 },
  );
  assert.ok(speaks.speakers.some((s) => s.person === "马文涛"));
});
