import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Static } from 'typebox';
import { Value } from 'typebox/value';
import type { AppContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { VendorActor, VendorOperation } from '../modules/provisioning/operation.js';
import { collect, flagsOf, validate, type Flag, type FlagValues } from './schema-flags.js';

export const CLI_ACTOR: VendorActor = { label: 'Vendor CLI', ip: null };

/** A vendor operation as a command: its flags come from its schemas. */
export class CliCommand {
  readonly params: Flag[];
  readonly query: Flag[];
  readonly body: Flag[];

  constructor(readonly operation: VendorOperation) {
    this.params = flagsOf(operation.params);
    this.query = flagsOf(operation.query);
    this.body = flagsOf(operation.body);
  }

  get flags(): Flag[] {
    return [...this.params, ...this.query, ...this.body];
  }

  /** Extra options: --json for a body, --file for an upload. */
  get extras(): { name: string; hint: string; description: string }[] {
    return [
      ...(this.operation.body
        ? [
            {
              name: 'json',
              hint: 'object',
              description: 'The request body as JSON; flags override its fields.',
            },
          ]
        : []),
      ...(this.operation.upload
        ? [{ name: 'file', hint: 'path', description: '(required) The file to upload.' }]
        : []),
    ];
  }

  /** Reads the flags; `help` is true when --help was given. Unknown flags throw (node:util's parseArgs). */
  parse(args: string[]): { help: boolean; values: FlagValues } {
    const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
    for (const flag of this.flags) options[flag.name] = { type: 'string', multiple: flag.multiple };
    for (const extra of this.extras) options[extra.name] = { type: 'string' };
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    return { help: values.help === true, values };
  }

  /** The operation's input from the flags, validated by its schemas (an upload as its file path). */
  input(values: FlagValues) {
    const { operation } = this;
    const file = operation.upload ? uploadedFile(values.file) : undefined;
    const query = collect(this.query, values);
    if (file) query.fileName ??= path.basename(file);
    return {
      params: operation.params ? validate(operation.params, collect(this.params, values)) : {},
      query: operation.query ? validate(operation.query, query) : {},
      body: operation.body
        ? validate(operation.body, { ...jsonBody(values.json), ...collect(this.body, values) })
        : {},
      file,
    };
  }

  async run(ctx: AppContext, values: FlagValues): Promise<CliAnswer> {
    const { file, ...input } = this.input(values);
    const stream = file === undefined ? undefined : createReadStream(file);
    return this.answer(await this.operation.run(ctx, { ...input, file: stream }, CLI_ACTOR));
  }

  /**
   * What the command prints: the record as the operation's response schema has it, the same
   * locally and from a server (the fields the schema lists, nothing else). An answer that does
   * not match (a server of another version) is refused rather than printed half-understood.
   */
  answer(value: unknown, from: 'local' | 'server' = 'local'): CliAnswer {
    const schema = this.operation.response;
    const cleaned = Value.Clean(schema, Value.Clone(value));
    if (Value.Check(schema, cleaned)) return cleaned;
    const first = Value.Errors(schema, cleaned)[0];
    throw new DomainError(
      'invalid',
      'unexpected_answer',
      `The ${from === 'server' ? "server's" : 'local'} answer does not match the schema of "${this.operation.command}"${first ? ` (${first.instancePath || 'answer'} ${first.message})` : ''}: are the CLI and the server the same version?`,
    );
  }
}

/** What a vendor operation answers, checked against its response schema. */
export type CliAnswer = Static<VendorOperation['response']>;

function uploadedFile(value: unknown): string {
  if (typeof value !== 'string' || !existsSync(value))
    throw new DomainError('invalid', 'validation_failed', 'Name an existing file with --file.', {
      file: 'must be an existing file',
    });
  return value;
}

function jsonBody(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // Falls through to the error below.
  }
  throw new DomainError('invalid', 'validation_failed', '--json must be a JSON object.', {
    json: 'must be a JSON object',
  });
}
