// People named only as attending are no speakers. Names and places are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

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
