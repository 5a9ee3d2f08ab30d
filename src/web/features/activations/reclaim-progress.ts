/** How far a seat reclaim got: counted in the browser across its batches (not an API shape). */
export interface ReclaimProgress {
  freed: number;
  skipped: number;
  /** Activations sent so far, of `total`. */
  done: number;
  total: number;
}
