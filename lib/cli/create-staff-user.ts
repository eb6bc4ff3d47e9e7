// Creates a ULD city officer or an admin account, the only way those accounts come to exist.
//
//   DATABASE_URL=postgresql://... npx tsx lib/cli/create-staff-user.ts \
//     --role city_officer --email dewi@dinas.go.id --name "Dewi Lestari" --city 32.73
//
// The password comes from the STAFF_PASSWORD environment variable, or is asked for twice on a
// terminal without echo, or is read from the first line of piped standard input.
// Exit status: 0 created, 1 rejected or failed, 2 invalid arguments.
import { parseArgs } from "node:util";

import { createPrismaClient } from "../db/create-client";
import { isAppError } from "../errors/app-error";
import { createStaffUser } from "../city-office/create-staff-user";
import { staffUserInputSchema } from "../city-office/staff-user-input";

const usage = `Usage: npx tsx lib/cli/create-staff-user.ts --role <city_officer|admin> --email <address> --name <full name> [--city <code>]

  --role    city_officer (serves one kabupaten/kota) or admin
  --email   sign-in email address, unique across all accounts
  --name    full name shown in the portal
  --city    Kemendagri kabupaten/kota code such as 32.73 (Kota Bandung); city_officer only

Environment:
  DATABASE_URL    postgresql:// URL of the portal's database (required)
  STAFF_PASSWORD  the new account's password; when unset, the command asks for it`;

class UsageError extends Error {}

async function main(): Promise<number> {
  let args: ReturnType<typeof readArguments>;
  try {
    args = readArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  const connectionString = process.env.DATABASE_URL;
  if (!connectionString || !/^postgres(ql)?:\/\//.test(connectionString)) {
    process.stderr.write("DATABASE_URL is missing or not a postgresql:// URL: set it to the portal's database.\n");
    return 2;
  }

  // Check the arguments before asking for a password, so a typo does not cost a prompt.
  const withoutPassword = staffUserInputSchema.safeParse({ ...args.values, password: "x".repeat(64) });
  if (!withoutPassword.success) {
    process.stderr.write(`${withoutPassword.error.issues.map((issue) => issue.message).join("\n")}\n\n${usage}\n`);
    return 2;
  }

  let password: string;
  try {
    password = process.env.STAFF_PASSWORD ?? (await readPassword());
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }

  const parsed = staffUserInputSchema.safeParse({ ...args.values, password });
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\n`);
    return 2;
  }

  const db = createPrismaClient({ connectionString, maxConnections: 1 });
  try {
    const user = await createStaffUser({ db, input: parsed.data });
    const scope = user.cityCode ? ` for city ${user.cityCode}` : "";
    process.stdout.write(`Created ${user.role} ${user.email}${scope} (id ${user.id}).\n`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Failed to create the account: ${reason}\n`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

function readArguments(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      city: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) {
    throw new UsageError(`Unexpected argument "${positionals[0]}": quote a name with spaces, for example --name "Dewi Lestari"`);
  }
  return {
    help: values.help ?? false,
    values: { role: values.role, email: values.email, name: values.name, cityCode: values.city },
  };
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const first = await promptHidden("Password for the new account: ");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new Error("The two passwords differ. Run the command again.");
  return first;
}

async function readFirstLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

// Reads one line from the terminal in raw mode, so the typed characters are never echoed.
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");

    let typed = "";
    const finish = (result: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stdout.write("\n");
      result();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n") return finish(() => resolve(typed));
        if (character === "\u0003") return finish(() => reject(new Error("Cancelled.")));
        if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    stdin.on("data", onData);
  });
}

process.exitCode = await main();
