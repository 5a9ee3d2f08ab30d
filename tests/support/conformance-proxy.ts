// The hostile network the conformance scenarios need: /tamper/* forwards to the real server and
// flips one byte of the answer's body; /stale/* and /recent/* replay answers the server signed
// earlier. Start with startConformanceProxy(serverUrl, { stale, recent }); close() when done.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedAnswer {
  status: number;
  date: string;
  signature: string;
  body: string;
}

/** POSTs to the server and keeps the answer exactly as signed. */
export async function recordAnswer(url: string, body: object): Promise<RecordedAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    date: response.headers.get('date') ?? '',
    signature: response.headers.get('x-signature') ?? '',
    body: await response.text(),
  };
}

/** One letter of the body in another case: still JSON, no longer what the server signed. */
function flipOneByte(body: string): string {
  const at = body.search(/[a-z]/);
  if (at < 0) return `${body} `;
  return body.slice(0, at) + body[at].toUpperCase() + body.slice(at + 1);
}

export async function startConformanceProxy(
  serverUrl: string,
  replays: { stale: RecordedAnswer; recent: RecordedAnswer },
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const [, mode, ...rest] = (request.url ?? '').split('/');
      const send = (answer: RecordedAnswer) =>
        response
          .writeHead(answer.status, {
            'content-type': 'application/json; charset=utf-8',
            date: answer.date,
            'x-signature': answer.signature,
          })
          .end(answer.body);
      if (mode === 'stale' || mode === 'recent') return send(replays[mode]);
      if (mode !== 'tamper') return response.writeHead(404).end();
      recordAnswer(`${serverUrl}/${rest.join('/')}`, JSON.parse(Buffer.concat(chunks).toString()))
        .then((answer) => send({ ...answer, body: flipOneByte(answer.body) }))
        .catch(() => response.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
