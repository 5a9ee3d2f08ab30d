import type { Readable } from 'node:stream';
import type { Static, TObject, TSchema } from 'typebox';
import type { AppContext } from '../../context.js';

/** Who provisions: the vendor through an API token ("Vendor API (erp)") or the CLI ("Vendor CLI"). */
export interface VendorActor {
  label: string;
  ip: string | null;
}

type NoInput = TObject<Record<string, never>>;

interface OperationShape<
  P extends TObject,
  Q extends TObject,
  B extends TObject,
  R extends TSchema,
> {
  /** The CLI command, e.g. "license suspend" (`npm run cli -- license suspend --id 7`). */
  command: string;
  summary: string;
  /** The HTTP route under /api/vendor; absent for CLI-only operations (API tokens). */
  route?: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; status?: 201 };
  params?: P;
  query?: Q;
  body?: B;
  /**
   * What the operation answers (a schema of src/common/vendor-api.ts): it serialises the
   * HTTP answer, documents it, and shapes what the CLI prints, locally or from a server.
   */
  response: R;
  /** The request body is a file (application/octet-stream); the CLI streams it from --file. */
  upload?: boolean;
  run: (
    ctx: AppContext,
    input: { params: Static<P>; query: Static<Q>; body: Static<B>; file?: Readable },
    actor: VendorActor,
  ) => Promise<Static<R>>;
}

/**
 * One vendor operation: its schemas validate HTTP requests and CLI flags alike, document
 * both (OpenAPI, --help), and `run` calls the service. Routes and commands are generated.
 */
export type VendorOperation = OperationShape<TObject, TObject, TObject, TSchema>;

export function defineOperation<
  P extends TObject = NoInput,
  Q extends TObject = NoInput,
  B extends TObject = NoInput,
  R extends TSchema = TSchema,
>(operation: OperationShape<P, Q, B, R>): VendorOperation {
  return operation as unknown as VendorOperation;
}
