/**
 * API shapes the web app declared before tests/unit/web-api-shapes.test.ts. Every one now comes
 * from a schema of src/common (decision 134); the list stays empty: never add one.
 */
export const KNOWN_WEB_API_SHAPES: string[] = [];
