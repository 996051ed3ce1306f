// Stretches of a text as flat offsets: [start0, end0, start1, end1, …]. A
// sentence yields a few dozen stretches (clauses, splitter words, the parts
// of a metric candidate), read once and dropped; one array of numbers is
// one allocation where an object per stretch was one each.
export type Spans = number[];
