import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Value } from 'typebox/value';
import { ApiErrorBody } from '../../common/api-error.js';
import { DomainError, type Refusal } from '../errors.js';
import type { CliAnswer, CliCommand } from './command.js';
import type { FlagValues } from './schema-flags.js';

const KIND_OF_STATUS: Record<number, Refusal> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  422: 'unprocessable',
  429: 'too_many_requests',
};

/**
 * Runs the command through a running server's vendor API (`--url`, `--token`): the same
 * route the command documents, the flags validated here first by the same schemas, and the
 * answer checked against the operation's response schema before it is printed.
 */
export async function runRemote(
  command: CliCommand,
  values: FlagValues,
  server: { url: string; token: string },
): Promise<CliAnswer> {
  const { route } = command.operation;
  if (!route)
    throw new DomainError(
      'invalid',
      'local_only',
      `"${command.operation.command}" has no API route: run it on the server's machine, without --url.`,
    );
  const input = command.input(values);
  const params = input.params as Record<string, unknown>;
  const path = route.url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(params[name])),
  );
  const url = new URL(`/api/vendor${path}`, server.url);
  for (const [name, value] of Object.entries(input.query as Record<string, unknown>))
    if (value !== undefined) url.searchParams.set(name, String(value));
  const headers: Record<string, string> = { authorization: `Bearer ${server.token}` };
  let body: BodyInit | undefined;
  if (input.file !== undefined) {
    headers['content-type'] = 'application/octet-stream';
    headers['content-length'] = String(statSync(input.file).size);
    body = Readable.toWeb(createReadStream(input.file)) as ReadableStream;
  } else if (command.operation.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(input.body);
  }
  const response = await fetch(url, {
    method: route.method,
    headers,
    body,
    ...(input.file !== undefined && { duplex: 'half' }),
  } as RequestInit);
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return command.answer(answer, 'server');
  const error = Value.Check(ApiErrorBody, answer) ? answer.error : undefined;
  throw new DomainError(
    KIND_OF_STATUS[response.status] ?? 'invalid',
    error?.code ?? `http_${response.status}`,
    error?.message ?? `The server answered ${response.status}.`,
    error?.fields,
  );
}
