import { ConfigError } from '../config.js';
import { DomainError } from '../errors.js';
import { VENDOR_OPERATIONS } from '../modules/provisioning/operations.js';
import { CliCommand } from './command.js';
import { commandHelp, flagOfField, overviewHelp } from './help.js';

const EXIT_USAGE = 2;
const commands = VENDOR_OPERATIONS.map((operation) => new CliCommand(operation));
const isHelp = (word: string | undefined) =>
  word === undefined || word === '--help' || word === '-h' || word === 'help';

function fail(message: string, help: string): number {
  console.error(`${message}\n\n${help}`);
  return EXIT_USAGE;
}

function report(error: unknown): number {
  if (error instanceof DomainError) {
    console.error(`Error (${error.code}): ${error.message}`);
    for (const [field, problem] of Object.entries(error.fields ?? {}))
      console.error(`  ${flagOfField(field)} ${problem}`);
    return 1;
  }
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const [group, action, ...args] = argv;
  if (group === 'backup') return (await import('./backup.js')).backupCommand(argv.slice(1));
  if (isHelp(group)) return (console.log(overviewHelp(commands)), 0);
  if (!commands.some((c) => c.operation.command.startsWith(`${group} `)))
    return fail(`Unknown command "${group}".`, overviewHelp(commands));
  if (isHelp(action)) return (console.log(overviewHelp(commands, group)), 0);
  const command = commands.find((c) => c.operation.command === `${group} ${action}`);
  if (!command) return fail(`Unknown command "${group} ${action}".`, overviewHelp(commands, group));

  let parsed: ReturnType<CliCommand['parse']>;
  try {
    parsed = command.parse(args);
  } catch (error) {
    return fail((error as Error).message, commandHelp(command));
  }
  if (parsed.help) return (console.log(commandHelp(command)), 0);
  try {
    // Loaded only to run a command: --help stays quick.
    const { withServerContext } = await import('./cli-context.js');
    const result = await withServerContext((ctx) => command.run(ctx, parsed.values));
    console.log(JSON.stringify(result, null, 2));
    if (command.operation.command === 'token create')
      console.error('Store this token now: it is shown only once.');
    return 0;
  } catch (error) {
    return report(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
