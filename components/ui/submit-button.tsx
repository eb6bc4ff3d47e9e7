"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

// While the request is in flight a second click does nothing; the server still rejects replays.
export function SubmitButton({ children, variant = "primary" }: { children: ReactNode; variant?: "primary" | "secondary" }) {
  const { pending } = useFormStatus();
  const colours =
    variant === "primary" ? "bg-green-800 text-white hover:bg-green-900" : "bg-gray-200 text-gray-900 hover:bg-gray-300";
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`min-h-11 px-5 py-2 font-bold shadow-[0_2px_0_#002d18] ${colours}`}
    >
      {children}
    </button>
  );
}
