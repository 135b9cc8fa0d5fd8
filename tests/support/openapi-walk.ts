import { randomUUID } from 'node:crypto';

/** A JSON Schema node as @fastify/swagger emits it (only the parts the example builder reads). */
export type SchemaNode = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
  minimum?: number;
};

export type OpenApiOperation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaNode }[];
  requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
};

export type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

export type WalkRoute = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; key: string; params: string[]; operation: OpenApiOperation };

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function listRoutes(document: OpenApiDocument): WalkRoute[] {
  const routes: WalkRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = operations[method];
      if (!operation) continue;
      const upper = method.toUpperCase() as WalkRoute['method'];
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      routes.push({ method: upper, path, key: `${upper} ${path}`, params, operation });
    }
  }
  return routes;
}

/** A value that satisfies the schema well enough to get past validation: required fields only, simplest choices. */
export function exampleFor(schema: SchemaNode | undefined): unknown {
  if (!schema) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return exampleFor(alternatives.find((option) => option.type !== 'null') ?? alternatives[0]);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => exampleFor(part) as object));
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const name of schema.required ?? []) result[name] = exampleFor(schema.properties?.[name]);
      return result;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleFor(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return exampleString(schema);
    case undefined:
    default:
      return schema.properties ? exampleFor({ ...schema, type: 'object' }) : undefined;
  }
}

function exampleString(schema: SchemaNode): string {
  switch (schema.format) {
    case 'email':
      return 'walker@example.test';
    case 'uuid':
      return randomUUID();
    case 'uri':
    case 'url':
      return 'https://example.test/walk';
    case 'date-time':
      return new Date(Date.now() + 86_400_000).toISOString();
    case 'date':
      return '2030-01-01';
    case undefined:
    default:
      return 'walk'.padEnd(Math.max(schema.minLength ?? 1, 4), 'x');
  }
}

/** The URL with each {param} replaced from the table (unknown ids become random UUIDs) and required query values filled. */
export function buildUrl(route: WalkRoute, ids: Record<string, string>): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(ids[name] ?? (name.endsWith('Id') ? randomUUID() : 'example')));
  const query = new URLSearchParams();
  for (const parameter of route.operation.parameters ?? []) {
    if (parameter.in === 'query' && parameter.required) query.set(parameter.name, JSON.stringify(exampleFor(parameter.schema) ?? 'x').replace(/^"|"$/g, ''));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A small multipart body (one text file in a "files" field), for upload routes. */
export async function multipartExample(): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  form.append('files', new Blob(['Jane Doe, engineer'], { type: 'text/plain' }), 'walk.txt');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

export function exampleBody(route: WalkRoute): unknown {
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  return schema ? exampleFor(schema) : undefined;
}
