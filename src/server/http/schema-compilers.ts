import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

/**
 * Fastify's own schema compilers (Ajv and fast-json-stringify, same options), remembering what
 * they compiled by the schema's JSON, so that a process building several apps compiles each
 * distinct schema once. The server builds one app; the integration tests build one per test,
 * and compiling every route's schemas again was about 0.45 s of each (decision 171). The same
 * compiler given the same schema makes the same function, so sharing it changes no answer.
 */
type Compilers = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
type Factory = NonNullable<Compilers['buildValidator'] | Compilers['buildSerializer']>;
type Compile = (route: { schema?: unknown }) => unknown;

const remembered = new WeakMap<Compile, Compile>();

/** The pooled compile function of one compiler configuration, with a memory of its own. */
function remembering(compile: Compile): Compile {
  let wrapper = remembered.get(compile);
  if (!wrapper) {
    const compiled = new Map<string, unknown>();
    wrapper = (route) => {
      const key = JSON.stringify(route.schema);
      if (!compiled.has(key)) compiled.set(key, compile(route));
      return compiled.get(key);
    };
    remembered.set(compile, wrapper);
  }
  return wrapper;
}

// One pool each for the process: the factories return the same compile function for the same
// external schemas and options, so an app built later finds what an earlier one compiled.
const validators = AjvCompiler();
const serializers = SerializerSelector();
const rememberingFactory =
  (factory: Factory) =>
  (...args: Parameters<Factory>) =>
    remembering((factory as (...a: Parameters<Factory>) => Compile)(...args));

export const SCHEMA_COMPILERS = {
  buildValidator: rememberingFactory(validators as Factory),
  buildSerializer: rememberingFactory(serializers as Factory),
} as Compilers;
