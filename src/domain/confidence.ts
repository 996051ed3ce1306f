// An owner's confidence below this is a guess a reviewer should check first:
// the engine gives a guessed owner (a unit named by the title, headline,
// dateline or first sentence, when no layout rule owned anything) 0.3; an
// owner read from the text, or set by a person, is 1.
export const LOW_OWNER_CONFIDENCE = 0.5;

export const isLowConfidence = (ownerConfidence: number) => ownerConfidence < LOW_OWNER_CONFIDENCE;
