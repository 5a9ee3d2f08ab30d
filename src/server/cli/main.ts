import { ConfigError } from '../config.js';
import { DomainError } from '../errors.js';
import { VENDOR_OPERATIONS } from '../modules/provisioning/operations.js';
import { CliCommand } from './command.js';
import { takeGlobalOptions, type GlobalOptions } from './global-options.js';
import { commandHelp, flagOfField, overviewHelp } from './help.js';
import { runRemote } from './remote.js';

const EXIT_USAGE = 2;

async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const manifest = new URL('../../../package.json', import.meta.url);
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}
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
  let options: GlobalOptions;
  try {
    options = takeGlobalOptions(argv);
  } catch (error) {
    return fail((error as Error).message, overviewHelp(commands));
  }
  if (options.version) return (console.log(await packageVersion()), 0);
  const [group, action, ...args] = options.rest;
  if (group === 'backup') return (await import('./backup.js')).backupCommand(options.rest.slice(1));
  if (group === 'secrets' && action === 'rotate')
    return (await import('./rotate-secrets.js')).rotateSecretsCommand(args).catch(report);
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
    const { url, token, init } = options;
    const result =
      url !== undefined && token !== undefined
        ? await runRemote(command, parsed.values, { url, token })
        : // Loaded only to run a command locally: --help and remote runs stay quick.
          await (
            await import('./cli-context.js')
          ).withServerContext((ctx) => command.run(ctx, parsed.values), { init });
    console.log(JSON.stringify(result, null, 2));
    if (command.operation.command === 'token create')
      console.error('Store this token now: it is shown only once.');
    return 0;
  } catch (error) {
    return report(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
