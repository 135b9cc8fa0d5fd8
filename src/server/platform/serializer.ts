import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

const compiled = new WeakSet<z.ZodType>();

/**
 * Marks a response schema to be written by a serializer compiled from its JSON schema (fast-json-stringify), for the
 * hot list routes: a page is written without re-checking every row with Zod. The route keeps its Zod schema, so its
 * type and the OpenAPI document are unchanged. Use it only where the service builds the value from the contract's own
 * type (decision 053): the compiled writer coerces a wrong type instead of refusing it.
 */
export function compiledResponse<Schema extends z.ZodType>(schema: Schema): Schema {
  compiled.add(schema);
  return schema;
}

/**
 * The app's one serializer compiler: Zod (validate, then JSON.stringify) for every response, except the schemas marked
 * with `compiledResponse`, which get fast-json-stringify through the JSON schema Zod derives from them.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = (route) => {
  if (compiled.has(route.schema)) {
    return fastJson(z.toJSONSchema(route.schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' }) as Parameters<typeof fastJson>[0]);
  }
  return zodSerializerCompiler(route);
};
