// A frame that scrolls sideways on its own, for a table that cannot be
// narrower than the screen (the heat maps: one column per goal). The page
// around it keeps the screen's width; the table's first column (the unit)
// stays put while the rest scrolls (layout.css). Focusable, so the keyboard
// can scroll it too, and named for screen readers.
import type { ReactNode } from "react";

export function ScrollFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-frame" data-scroll-x role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
