// The extraction: what the engine reads out of one plan document.
// The shape is ../shared/eval/FORMAT.md's; spans are [start, end) in UTF-16
// code units of the decoded text.

export type Span = [number, number];

export type UnitKind =
  | "city"
  | "district"
  | "county"
  | "town"
  | "new_area"
  | "development_zone"
  | "department"
  | "company"
  | "institution"
  | "organisation";

export interface Goal {
  id: string;
  name: string;
  aliases: string[];
  /** Subject words that tie an action to this goal when no explicit cue does. */
  subjects?: string[];
  span?: Span;
}

export interface Framework {
  name: string;
  goals: Goal[];
  span?: Span;
  /** "declared" when read from the text, "supplied" when given by a framework file. */
  source?: "declared" | "supplied";
  /** False when the text gives the list no name of its own and `name` was made up for it. */
  labelled?: boolean;
}

export interface Unit {
  name: string;
  aliases: string[];
  kind: UnitKind;
  span: Span;
}

export interface Speaker {
  person: string;
  units: string[];
  titles: string[];
  span: Span;
}

export interface Strategy {
  unit: string | null;
  label: string;
  parts: string[];
  span: Span;
}

export type CueKind = "explicit" | "lead-in" | "lexicon";

export interface GoalAlignment {
  name: string;
  confidence: number;
  cue: { kind: CueKind; text: string; span: Span };
}

export interface Commitment {
  unit: string | null;
  text: string;
  span: Span;
  goals: GoalAlignment[];
  suggestions: { name: string; confidence: number }[];
  /**
   * How sure the engine is of the owner, set only when it guessed: no layout
   * rule owned anything and the unit is the one the title, dateline or
   * opening names. A reviewer sees these first.
   */
  confidence?: number;
}

export type Comparator = ">=" | "<=" | "=" | "~";
export type ValueKind = "absolute" | "percent" | "multiple" | "growth_rate";

export interface Target {
  unit: string | null;
  metric: string;
  comparator: Comparator;
  value: number;
  value_kind: ValueKind;
  unit_of_measure: string | null;
  by_year: number | null;
  baseline: boolean;
  span: Span;
  /** Index into commitments when the target belongs to one. */
  commitment: number | null;
}

export interface Extraction {
  document: { title: string; year: number | null };
  framework: Framework | null;
  units: Unit[];
  speakers: Speaker[];
  strategies: Strategy[];
  commitments: Commitment[];
  targets: Target[];
}

export interface ExtractOptions {
  /** Reference year; inferred from the text when absent. */
  year?: number;
  /** Goals supplied for a document that declares none (or to override its own). */
  framework?: FrameworkInput;
}

/** A framework as a user supplies it in a file. */
export interface FrameworkInput {
  name: string;
  goals: { id?: string; name: string; aliases?: string[]; subjects?: string[] }[];
}
