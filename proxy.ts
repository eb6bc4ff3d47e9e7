import createMiddleware from "next-intl/middleware";

import { routing } from "./lib/i18n/routing";

// Only locale routing happens here. Access control lives in each page, action and route handler.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
