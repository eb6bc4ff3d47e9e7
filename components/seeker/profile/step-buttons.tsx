"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

// The two ways out of a profile step: on to the next step, or back to the overview to continue
// later. Both save; the pressed button's name and value tell the action where to go, with or
// without JavaScript.
export function StepButtons({ isLastStep = false }: { isLastStep?: boolean }) {
  const t = useTranslations("seeker.profile");
  const { pending } = useFormStatus();
  const guard = (event: React.MouseEvent) => {
    if (pending) event.preventDefault();
  };

  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      <button
        type="submit"
        name="intent"
        value="continue"
        aria-disabled={pending}
        onClick={guard}
        className="min-h-11 bg-green-800 px-5 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-green-900"
      >
        {isLastStep ? t("saveAndFinish") : t("saveAndContinue")}
      </button>
      {isLastStep ? null : (
        <button
          type="submit"
          name="intent"
          value="later"
          aria-disabled={pending}
          onClick={guard}
          className="min-h-11 bg-gray-200 px-5 py-2 font-bold text-gray-900 shadow-[0_2px_0_#929191] hover:bg-gray-300"
        >
          {t("saveForLater")}
        </button>
      )}
    </div>
  );
}
