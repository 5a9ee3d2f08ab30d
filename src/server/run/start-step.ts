/** Runs a start-up step, turning its failure into the one line that names the setting. */
export async function step<T>(
  work: () => T | Promise<T>,
  explain: (error: unknown) => Error,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explain(error);
  }
}
