// startReceiver() is a real HTTP server (node:http, random port) standing in for a vendor's
// webhook receiver: it records every request and answers each path as told (a status, or hang).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a path answers: a status, or "hang" (never answer; the sender must time out). */
export type Answer = number | 'hang';

export interface WebhookReceiver {
  /** http://127.0.0.1:<port>; add a path per endpoint, e.g. `${url}/flaky`. */
  url: string;
  received: ReceivedWebhook[];
  receivedAt: (path: string) => ReceivedWebhook[];
  /** The next requests to `path` get these answers, in order; after them, 200. */
  answer: (path: string, ...answers: Answer[]) => void;
  /** Resolves once `count` requests to `path` have arrived (no time limit of its own). */
  waitFor: (path: string, count: number) => Promise<ReceivedWebhook[]>;
  close: () => Promise<void>;
}

export async function startReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const planned = new Map<string, Answer[]>();
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString() });
      for (const wake of waiters.splice(0)) wake();
      const answer = planned.get(path)?.shift() ?? 200;
      if (answer === 'hang') return;
      response.writeHead(answer, { 'content-type': 'text/plain' }).end(`answered ${answer}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receivedAt = (path: string) => received.filter((r) => r.path === path);
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    receivedAt,
    answer: (path, ...answers) => planned.set(path, [...(planned.get(path) ?? []), ...answers]),
    waitFor: async (path, count) => {
      while (receivedAt(path).length < count)
        await new Promise<void>((resolve) => waiters.push(resolve));
      return receivedAt(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
