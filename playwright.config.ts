import { existsSync } from "node:fs";

import { defineConfig } from "@playwright/test";

// `npm test` starts the portal on a fresh database and passes its address in E2E_BASE_URL.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

// Debian's Chromium when it is installed, because Playwright's own browser download is not
// reachable on every machine; these flags keep it from calling home.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  // The embedded database serves one connection, and two cores are shared with the server.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions,
    locale: "id-ID",
    trace: "retain-on-failure",
  },
});
