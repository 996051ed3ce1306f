// The ordered list of migrations. Names sort by their timestamp; a new one is
// appended, never inserted, and an applied one is never edited.
import type { Migration } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";
import { initial } from "./20250101T000000_initial.ts";
import { listIndexes } from "./20250102T000000_list_indexes.ts";
import { supervisionCycle } from "./20250103T000000_supervision_cycle.ts";
import { scaleIndexes } from "./20250110T000000_scale_indexes.ts";
import { goalStatusAggregate } from "./20250111T000000_goal_status_aggregate.ts";
import { readIndexes } from "./20250112T000000_read_indexes.ts";
import { mergedFromIndex } from "./20250113T000000_merged_from_index.ts";
import { passwordChange } from "./20250120T000000_password_change.ts";
import { cycleAggregates } from "./20250121T000000_cycle_aggregates.ts";
import { documentPages } from "./20250122T000000_document_pages.ts";
import { searchBigrams } from "./20250124T000000_search_bigrams.ts";
import { ownerConfidence } from "./20250125T000000_owner_confidence.ts";
import { compositePlanKeys } from "./20250126T000000_composite_plan_keys.ts";
import { changeMark } from "./20250127T000000_change_mark.ts";
import { changeMarkShards } from "./20250128T000000_change_mark_shards.ts";
import { dueOrderIndex } from "./20250129T000000_due_order_index.ts";
import { targetStatusAggregate } from "./20250130T000000_target_status_aggregate.ts";
import { quietSessions } from "./20250131T000000_quiet_sessions.ts";

export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    "20250101T000000_initial": initial(dialect),
    "20250102T000000_list_indexes": listIndexes,
    "20250103T000000_supervision_cycle": supervisionCycle(dialect),
    "20250110T000000_scale_indexes": scaleIndexes,
    "20250111T000000_goal_status_aggregate": goalStatusAggregate,
    "20250112T000000_read_indexes": readIndexes,
    "20250113T000000_merged_from_index": mergedFromIndex,
    "20250120T000000_password_change": passwordChange,
    "20250121T000000_cycle_aggregates": cycleAggregates,
    "20250122T000000_document_pages": documentPages(dialect),
    "20250124T000000_search_bigrams": searchBigrams(dialect),
    "20250125T000000_owner_confidence": ownerConfidence,
    "20250126T000000_composite_plan_keys": compositePlanKeys(dialect),
    "20250127T000000_change_mark": changeMark(dialect),
    "20250128T000000_change_mark_shards": changeMarkShards(dialect),
    "20250129T000000_due_order_index": dueOrderIndex,
    "20250130T000000_target_status_aggregate": targetStatusAggregate,
    "20250131T000000_quiet_sessions": quietSessions(dialect),
  };
}
