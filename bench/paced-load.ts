import http from 'node:http';
import { parseArgs } from 'node:util';

/**
 * An open-loop load generator for latency at a given rate, run in its own process:
 * requests start evenly spaced (rate per second) whatever the answers, on up to
 * `connections` keep-alive sockets, and latency counts from the moment a request is issued,
 * so waiting for a free socket behind slow answers is measured (the timer's own lateness,
 * about a millisecond, is not). autocannon's `-R` instead lets each connection send its
 * per-second quota back to back, which is full load for part of every second.
 * The first `warmup` seconds run at the same rate unrecorded: this process's own code is
 * still being compiled then and its sockets are new, and for about half a second that alone
 * delayed hundreds of answers, even from the bare Fastify route.
 * Prints one JSON line: { requestsPerSecond, p50, p99, non2xx, errors } (ms).
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    body: { type: 'string' },
    rate: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '32' },
  },
});
const url = new URL(values.url!);
const body = Buffer.from(values.body ?? '{}');
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(values.connections) });

const latencies: number[] = [];
let non2xx = 0;
let errors = 0;
let pending = 0;

function send(recorded: boolean): void {
  const issuedAt = performance.now();
  pending++;
  const request = http.request(
    {
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': body.length },
    },
    (response) => {
      if (response.statusCode! < 200 || response.statusCode! >= 300) non2xx++;
      response.on('data', () => undefined);
      response.on('end', () => {
        if (recorded) latencies.push(performance.now() - issuedAt);
        pending--;
      });
    },
  );
  request.on('error', () => {
    errors++;
    pending--;
  });
  request.end(body);
}

const started = performance.now();
const unrecorded = Math.round(rate * warmup);
const total = unrecorded + Math.round(rate * seconds);
let sent = 0;
await new Promise<void>((resolve) => {
  const tick = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    for (; sent < due; sent++) send(sent >= unrecorded);
    if (sent >= total) {
      clearInterval(tick);
      resolve();
    }
  }, 1);
});
while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 5));
const elapsed = (performance.now() - started) / 1000 - warmup;
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(
  JSON.stringify({
    requestsPerSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    non2xx,
    errors,
  }),
);
agent.destroy();
