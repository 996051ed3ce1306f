// unitFinder answers as findUnit does (the name first, then a unit listing it
// as an alias, nothing for an unknown name), from one read, on both databases;
// and a unit added since the read is found by name and alias.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { findUnit, insertUnit, unitFinder } from "../../src/storage/unit.repo.ts";

const at = "2025-01-01T00:00:00Z";

for (const { name } of DIALECTS) {
  test(`${name}: unitFinder finds what findUnit finds`, async () => {
    const { store, drop } = await freshStore(name);
    const db = store.db;
    try {
      await insertUnit(
        db,
        { name: "甲区", kind: "place", aliases: ["甲区政府", "100%_x"], parentId: null },
        at,
      );
      await insertUnit(
        db,
        { name: "乙局", kind: "department", aliases: ["乙", "甲区政府"], parentId: null },
        at,
      );
      await insertUnit(db, { name: "乙", kind: "place", aliases: [], parentId: null }, at);
      const finder = await unitFinder(db);
      for (const q of ["甲区", "甲区政府", "乙", "乙局", "100%_x", "100", "%", "丙县", ""]) {
        assert.equal(finder.find(q)?.id, (await findUnit(db, q))?.id, q);
      }
      assert.equal(finder.find("乙")?.name, "乙", "a name wins over an alias");
      const added = await insertUnit(
        db,
        { name: "丙县", kind: "place", aliases: ["丙"], parentId: null },
        at,
      );
      assert.equal(finder.find("丙"), undefined, "not yet told");
      finder.add(added);
      assert.equal(finder.find("丙县")?.id, added.id);
      assert.equal(finder.find("丙")?.id, added.id);
    } finally {
      await drop();
    }
  });
}
