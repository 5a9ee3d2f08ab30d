import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/**
 * A CSV stream of every row the batches yield, read one batch at a time (memory stays
 * constant). Cells starting with = + - @ are prefixed with ' so no spreadsheet runs them.
 */
export function csvStream<Row>(columns: CsvColumn<Row>[], batches: AsyncIterable<Row[]>): Readable {
  async function* records() {
    for await (const batch of batches) {
      for (const row of batch) yield columns.map((column) => column.value(row) ?? '');
    }
  }
  const stringifier = stringify({ header: true, columns: columns.map((column) => column.header), escape_formulas: true, bom: true });
  // A failing batch destroys the output: the download ends short instead of looking complete.
  pipeline(Readable.from(records()), stringifier, () => undefined);
  return stringifier;
}
