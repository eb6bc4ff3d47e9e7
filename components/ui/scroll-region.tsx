import type { ReactNode } from "react";

// A wide table scrolls sideways inside its own focusable, labelled region, so nothing is cut off
// at 320 px or 400% zoom and keyboard users can scroll it too. The region is positioned, so
// visually hidden (absolute) text inside the table cannot widen the page.
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
