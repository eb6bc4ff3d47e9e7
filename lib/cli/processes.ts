import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

// Small process helpers shared by the start and test commands.

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunOptions = { env?: NodeJS.ProcessEnv; cwd?: string };

// Runs a command with inherited output and resolves with its exit code.
export function run(command: string, args: string[], options: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: options.env ?? process.env, cwd: options.cwd });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function startBackground(command: string, args: string[], options: RunOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: options.env ?? process.env, cwd: options.cwd });
}

// Polls until the URL responds with any HTTP status, or fails after the timeout.
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`Server exited with code ${child.exitCode} before responding at ${url}`);
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${url}`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}
