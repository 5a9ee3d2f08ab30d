import { Readable } from 'node:stream';

/** JSON lines (one JSON object a line) of every row the batches yield, one batch at a time. */
export function jsonLinesStream<Row>(
  batches: AsyncIterable<Row[]>,
  toJson: (row: Row) => unknown,
): Readable {
  async function* lines() {
    for await (const batch of batches) {
      if (batch.length > 0) yield batch.map((row) => `${JSON.stringify(toJson(row))}\n`).join('');
    }
  }
  return Readable.from(lines());
}
