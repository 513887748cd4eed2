import AjvCompiler from '@fastify/ajv-compiler';

// Every invalid field named, without Ajv's allErrors on every request (docs/api.md, "Validation").
// Ajv stops at the first error (allErrors: false, Fastify's default): with allErrors an input makes one
// error object per bad value, so a body of 100,000 bad array items or unknown keys makes 100,000 of them
// (the denial of service Fastify's and Ajv's documentation warn of). Here each input is checked as
// before; only an input already found invalid and holding at most EVERY_ERROR_UP_TO values is checked
// again with allErrors, so the problem names every invalid field of an ordinary form while the work on
// any input stays bounded by that number. Valid input pays nothing.

/** Invalid inputs with at most this many values (keys, items and scalars) are checked again for every error. */
export const EVERY_ERROR_UP_TO = 200;

type Validate = ((data: unknown, ...rest: unknown[]) => unknown) & { errors?: unknown };
type Compile = (route: { schema: object; method: string; url: string; httpPart?: string }) => Validate;
type AjvServerOptions = { customOptions?: Record<string, unknown>; plugins?: unknown[] };

/** How many values `data` holds (each key's value, item and scalar once), or `limit + 1` as soon as it holds more. */
export function valuesUpTo(data: unknown, limit: number): number {
  let n = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const v = stack.pop();
    n++;
    const inner = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
    if (n + stack.length + inner.length > limit) return limit + 1;
    stack.push(...inner);
  }
  return n;
}

/**
 * Fastify lower-cases the header names of a header schema for its own compiler, not for a custom one
 * (its validation.js): done here, so a schema naming "Idempotency-Key" still matches.
 */
function lowerCaseHeaderNames(schema: object): object {
  const s = schema as { properties?: Record<string, unknown>; required?: unknown };
  if (!s.properties) return schema;
  return {
    ...schema,
    properties: Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k.toLowerCase(), v])),
    ...(Array.isArray(s.required) ? { required: s.required.map((k) => String(k).toLowerCase()) } : {}),
  };
}

/** Fastify's `schemaController.compilersFactory.buildValidator`: its own Ajv compiler, plus the second pass above. */
export function everyErrorValidator(): AjvCompiler.BuildCompilerFromPool {
  const pool = AjvCompiler();
  const build = (externalSchemas: Record<string, object>, options: AjvServerOptions = {}): Compile => {
    const firstError = pool(externalSchemas, options as never) as unknown as Compile;
    let everyError: Compile | undefined;
    return (given) => {
      const route = given.httpPart === 'headers' ? { ...given, schema: lowerCaseHeaderNames(given.schema) } : given;
      const fast = firstError(route);
      let all: Validate | undefined;
      const validate: Validate = (data, ...rest) => {
        const ok = fast(data, ...rest);
        validate.errors = fast.errors;
        if (ok === false && valuesUpTo(data, EVERY_ERROR_UP_TO) <= EVERY_ERROR_UP_TO) {
          // Compiled on the first invalid input of the route, so starting the server costs no more.
          everyError ??= pool(externalSchemas, { ...options, customOptions: { ...options.customOptions, allErrors: true } } as never) as unknown as Compile;
          all ??= everyError(route);
          if (all(data, ...rest) === false && Array.isArray(all.errors) && all.errors.length) validate.errors = all.errors;
        }
        return ok;
      };
      return validate;
    };
  };
  return build as unknown as AjvCompiler.BuildCompilerFromPool;
}
