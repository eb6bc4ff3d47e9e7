import { getTranslations } from "next-intl/server";

import { Link } from "@/lib/i18n/navigation";
import { profileStepPath, type StepState } from "@/lib/seekers/profile-steps";

// The overview's task list: each step with its state and a link whose accessible name includes
// the step, so a list of "Change" links still makes sense out of context.
export async function StepChecklist(props: { states: StepState[]; hasProfile: boolean; consentTime: string | null }) {
  const t = await getTranslations("seeker.profile");

  const describe = (state: StepState): string => {
    switch (state.state) {
      case "notStarted":
        return t("state.notStarted");
      case "completed":
        return t("state.completed");
      case "count":
        return state.total
          ? t("state.countOfTotal", { count: state.count, total: state.total })
          : t("state.count", { count: state.count });
      case "notAnswered":
        return t("state.notAnswered");
      case "consentGiven":
        return t("state.consentGiven", { date: props.consentTime ?? "" });
      case "consentNotGiven":
        return t("state.consentNotGiven");
    }
  };

  return (
    <section aria-labelledby="profile-steps-title">
      <h2 id="profile-steps-title" className="mb-3 text-2xl font-bold">
        {t("checklistTitle")}
      </h2>
      <ol className="divide-y-2 divide-gray-200 border-y-2 border-gray-200">
        {props.states.map((state, index) => {
          const stepName = t(`steps.${state.step}`);
          // Until "about" exists, the other steps cannot be saved, so only "about" gets a link.
          const linked = props.hasProfile || state.step === "about";
          const started = state.state !== "notStarted";
          return (
            <li key={state.step} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-3">
              <span className="font-bold">
                {index + 1}. {stepName}
              </span>
              <span className="text-gray-800">{describe(state)}</span>
              {linked ? (
                <Link
                  href={profileStepPath(state.step)}
                  aria-label={started ? t("changeLabel", { step: stepName }) : t("startLabel", { step: stepName })}
                  className="inline-block min-h-6"
                >
                  {started ? t("change") : t("start")}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
