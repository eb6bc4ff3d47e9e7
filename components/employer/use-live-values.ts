"use client";

import { useState } from "react";

import type { FormState } from "@/lib/forms/form-state";

// Client-side values that follow what the person types and start again from the server's values
// whenever a submit returns a new form state. Deriving from the state object avoids an effect that
// would copy props into state.
export function useLiveValues<T>(state: FormState, fromState: (state: FormState) => T): [T, (update: (current: T) => T) => void] {
  const [local, setLocal] = useState<{ source: FormState; value: T } | null>(null);
  const current = local !== null && local.source === state ? local.value : fromState(state);

  const update = (change: (current: T) => T) => {
    setLocal((previous) => {
      const base = previous !== null && previous.source === state ? previous.value : fromState(state);
      return { source: state, value: change(base) };
    });
  };
  return [current, update];
}
