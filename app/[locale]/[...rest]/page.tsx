import { notFound } from "next/navigation";

// Unknown paths inside a locale render that locale's not-found page with the full layout.
export default function CatchAll() {
  notFound();
}
