import { kebab } from './schema-flags.js';
import type { CliCommand } from './command.js';

const USAGE = 'npm run cli --';

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

export function overviewHelp(commands: CliCommand[], group?: string): string {
  const shown = group
    ? commands.filter((c) => c.operation.command.startsWith(`${group} `))
    : commands;
  return [
    `Usage: ${USAGE} ${group ?? '<command>'}${group ? ' <action>' : ''} [options]`,
    '',
    'Provisions what the vendor API provisions, on the database of this server’s configuration',
    '(DATA_DIR, DATABASE_URL). Prints the result as JSON.',
    '',
    'Commands:',
    table([
      ...shown.map((c): [string, string] => [c.operation.command, c.operation.summary]),
      ...(group
        ? []
        : ([
            ['backup FILE', 'Copy the embedded SQLite database while it runs'],
            ['secrets rotate NAME…', 'New values for secrets; re-encrypts stored license keys'],
          ] as [string, string][])),
    ]),
    '',
    `Run ${USAGE} <command> --help for a command's options.`,
  ].join('\n');
}

export function commandHelp(command: CliCommand): string {
  const { operation } = command;
  const rows: [string, string][] = [
    ...command.flags.map((flag): [string, string] => [
      `--${flag.name} <${flag.hint}>`,
      `${flag.required ? '(required) ' : ''}${flag.multiple ? '(repeatable) ' : ''}${flag.description}`,
    ]),
    ...command.extras.map((extra): [string, string] => [
      `--${extra.name} <${extra.hint}>`,
      extra.description,
    ]),
    ['-h, --help', 'Show this help.'],
  ];
  return [
    `Usage: ${USAGE} ${operation.command} [options]`,
    '',
    operation.summary,
    ...(operation.route
      ? [`HTTP: ${operation.route.method} /api/vendor${operation.route.url}`]
      : ['Only from the CLI.']),
    '',
    'Options:',
    table(rows),
  ].join('\n');
}

/** "licenses.0.seats" → "--licenses[0].seats", so a validation error names the flag to fix. */
export function flagOfField(field: string): string {
  const [first, ...rest] = field.split('.');
  return `--${kebab(first)}${rest.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('')}`;
}
