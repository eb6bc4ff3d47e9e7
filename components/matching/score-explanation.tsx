import { useFormatter, useTranslations } from "next-intl";

import type { MatchResult } from "@/lib/matching";
import type { ExplanationLabels } from "@/lib/recommendations/load-explanation-labels";

import { useExplanationText } from "./use-explanation-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type ScoreExplanationProps = {
  match: MatchResult;
  // Names of the ids in the explanations, from loadExplanationLabels.
  labels: ExplanationLabels;
  // "full" shows the parts table, every strength and gap and the advisory note (detail pages).
  // "brief" shows the score and the first few reasons (cards and lists).
  variant?: "full" | "brief";
  // Level of the section headings in the full variant, so the component fits the page outline.
  headingLevel?: 2 | 3 | 4;
  // Reasons shown in the brief variant: up to this many strengths, then up to this many gaps.
  briefReasons?: number;
};

// Renders a match score with its reasons in the current language. The full variant lists the
// five parts in a table whose points add up to the score, so a reader can recompute it.
export function ScoreExplanation({ match, labels, variant = "full", headingLevel = 2, briefReasons = 2 }: ScoreExplanationProps) {
  const t = useTranslations("matching");
  const format = useFormatter();
  const text = useExplanationText(labels);
  const Heading = `h${headingLevel}` as const;

  if (variant === "brief") {
    const reasons = [
      ...match.strengths.slice(0, briefReasons).map((item) => ({ kind: "strength", item })),
      ...match.gaps.slice(0, briefReasons).map((item) => ({ kind: "gap", item })),
    ];
    return (
      <div>
        <p className="font-bold">{t("score", { score: match.score })}</p>
        {reasons.length > 0 ? (
          <ul aria-label={t("reasonsLabel")} className="mt-1 list-none space-y-1">
            {reasons.map(({ kind, item }, index) => (
              <li key={index} className="flex gap-2">
                <span aria-hidden="true" className={kind === "strength" ? "text-green-800" : "text-amber-800"}>
                  {kind === "strength" ? "✓" : "•"}
                </span>
                <span>
                  <span className="sr-only">{kind === "strength" ? t("strengthsTitle") : t("gapsTitle")}: </span>
                  {text(item)}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }

  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });

  return (
    <div>
      <p className="mb-4 text-2xl font-bold">{t("score", { score: match.score })}</p>
      <ScrollRegion label={t("partsCaption")}>
        <table className="mb-2 w-full max-w-2xl border-collapse text-left">
          <caption className="mb-2 text-left font-bold">{t("partsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="py-2 pr-4">
                {t("partColumn")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("pointsColumn")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("maxPointsColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {match.parts.map((part) => (
              <tr key={part.part} className="border-b border-gray-300">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {t(`partName.${part.part}`)}
                </th>
                <td className="py-2 pr-4 text-right">{number(part.points)}</td>
                <td className="py-2 text-right">{number(part.maxPoints)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-gray-900 font-bold">
              <th scope="row" className="py-2 pr-4">
                {t("total")}
              </th>
              <td className="py-2 pr-4 text-right">{number(match.score)}</td>
              <td className="py-2 text-right">{number(100)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="mb-6 text-gray-800">{t("howCalculated")}</p>

      <Heading className="mb-2 text-xl font-bold">{t("strengthsTitle")}</Heading>
      {match.strengths.length > 0 ? (
        <ul className="mb-6 list-disc space-y-1 pl-6">
          {match.strengths.map((item, index) => (
            <li key={index}>{text(item)}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-6">{t("noStrengths")}</p>
      )}

      <Heading className="mb-2 text-xl font-bold">{t("gapsTitle")}</Heading>
      {match.gaps.length > 0 ? (
        <ul className="mb-6 list-disc space-y-1 pl-6">
          {match.gaps.map((item, index) => (
            <li key={index}>{text(item)}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-6">{t("noGaps")}</p>
      )}

      <p className="border-l-4 border-blue-800 bg-blue-50 p-4">{t("advisory")}</p>
    </div>
  );
}
