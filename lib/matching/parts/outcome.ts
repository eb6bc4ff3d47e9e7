import type { Explanation } from "../explanations";

/** Points of one part in integer tenths, with the reasons behind them. */
export interface PartOutcome {
  tenths: number;
  strengths: Explanation[];
  gaps: Explanation[];
}
