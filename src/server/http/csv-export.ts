import { Readable } from 'node:stream';
import { csvLines } from './csv-format.js';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/**
 * A CSV stream (UTF-8 with BOM, for spreadsheets) of every row the batches yield, read one
 * batch at a time so memory stays constant. Cells are formula-safe (csv-format.ts). Each
 * batch becomes one chunk: a stream write per row costs several times more than the row.
 */
export function csvStream<Row>(columns: CsvColumn<Row>[], batches: AsyncIterable<Row[]>): Readable {
  async function* chunks() {
    const headers = columns.map((column) => () => column.header);
    yield `\ufeff${csvLines([null], headers)}`;
    const cells = columns.map((column) => column.value);
    for await (const batch of batches) {
      if (batch.length > 0) yield csvLines(batch, cells);
    }
  }
  // A failing batch destroys the stream: the download ends short instead of looking complete.
  return Readable.from(chunks(), { objectMode: false });
}
