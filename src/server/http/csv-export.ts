import { Readable } from 'node:stream';
import { csvLines } from './csv-format.js';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/**
 * Rows per chunk: a write per row costs more than the row, and a chunk large enough to be a
 * large object to V8 is promoted whole at a young collection (decision 070).
 */
const ROWS_PER_CHUNK = 200;

/**
 * A CSV stream (UTF-8 with BOM, for spreadsheets) of every row the batches yield, read one
 * batch at a time so memory stays constant. Cells are formula-safe (csv-format.ts).
 */
export function csvStream<Row>(columns: CsvColumn<Row>[], batches: AsyncIterable<Row[]>): Readable {
  async function* chunks() {
    const headers = columns.map((column) => () => column.header);
    yield `\ufeff${csvLines([null], headers)}`;
    const cells = columns.map((column) => column.value);
    for await (const batch of batches) {
      for (let start = 0; start < batch.length; start += ROWS_PER_CHUNK)
        yield csvLines(batch.slice(start, start + ROWS_PER_CHUNK), cells);
    }
  }
  // A failing batch destroys the stream: the download ends short instead of looking complete.
  return Readable.from(chunks(), { objectMode: false });
}
