import { describe, expect, it } from 'vitest';
import { csvStream } from '../../src/server/http/csv-export.js';

async function* batches(...sizes: number[]) {
  let next = 1;
  for (const size of sizes) yield Array.from({ length: size }, () => next++);
}

async function chunksOf(stream: AsyncIterable<Buffer>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk.toString('utf8'));
  return chunks;
}

describe('csvStream', () => {
  const columns = [
    { header: 'Number', value: (n: number) => n },
    { header: 'Label', value: (n: number) => `=row ${n}` },
  ];

  it('writes the header and every row of every batch in order, formula-safe', async () => {
    const text = (await chunksOf(csvStream(columns, batches(450, 0, 3)))).join('');
    const rows = Array.from({ length: 453 }, (_, i) => `${i + 1},'=row ${i + 1}\r\n`);
    expect(text).toBe(`\ufeffNumber,Label\r\n${rows.join('')}`);
  });

  it('cuts a large batch into chunks of at most 200 rows', async () => {
    const [header, ...chunks] = await chunksOf(csvStream(columns, batches(450, 3)));
    expect(header).toBe('\ufeffNumber,Label\r\n');
    expect(chunks.map((chunk) => chunk.split('\r\n').length - 1)).toEqual([200, 200, 50, 3]);
  });

  // Streams' default highWaterMark rose from 16 to 64 KiB in Node 22. The export must not
  // depend on it: a client that stops reading holds the export at its current batch.
  it(`reads no further batch while the client reads nothing (Node ${process.version})`, async () => {
    let batchesRead = 0;
    async function* pages() {
      for (let page = 0; page < 5; page++) {
        batchesRead++;
        yield Array.from({ length: 1000 }, (_, i) => page * 1000 + i);
      }
    }
    const wide = [{ header: 'Row', value: (n: number) => `${n} ${'x'.repeat(290)}` }];
    const stream = csvStream(wide, pages());
    const reader = stream[Symbol.asyncIterator]();
    await reader.next();
    await reader.next();
    for (let turn = 0; turn < 100; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(batchesRead).toBe(1);
    expect(stream.readableLength).toBeLessThanOrEqual(2 * 200 * 300);
    stream.destroy();
  });
});
