// The routes of a running app as its OpenAPI document describes them, and fast-check requests
// for each: path parameters, query and body made from the route's own schemas, valid-ish or
// hostile, and bodies no schema describes (broken JSON, bytes, the wrong content type).
import fc from 'fast-check';
import { hostileValue, mixedValue, validValue, type JsonSchema } from './schema-arbitraries.ts';

export interface FuzzRoute {
  method: string;
  /** Fastify's form, `/api/fairs/:fair`: the key of the access policy. */
  url: string;
  pathParams: { name: string; schema: JsonSchema }[];
  query: { name: string; schema: JsonSchema; required: boolean }[];
  /** The JSON body's schema, when the route takes one. */
  body: JsonSchema | undefined;
  /** How the body travels: JSON, a spreadsheet as the raw body (imports), multipart, or none. */
  bodyKind: 'json' | 'spreadsheet' | 'multipart' | 'none';
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export function routesOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = operation.parameters ?? [];
      const query = parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {}, required: p.required === true }));
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const upper = method.toUpperCase();
      const bodyKind = body ? 'json'
        : query.some((q) => q.name === 'fileName') ? 'spreadsheet'
          : upper === 'POST' && path === '/api/files' ? 'multipart' : 'none';
      routes.push({
        method: upper,
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        query,
        body,
        bodyKind,
      });
    }
  }
  return routes;
}

export interface FuzzRequest {
  path: string;
  body?: string | Buffer;
  headers: Record<string, string>;
}

/** Values that exist in the database, by parameter name, so that some requests reach real rows. */
export type KnownValues = Record<string, readonly string[]>;

const BAD_PATH_SEGMENTS = ['%FF%FE', '%00', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', '%2e%2e', 'x'.repeat(300), '%20', "'%20OR%20'1'%3D'1"];

/** Percent-encoded for a path segment; a lone surrogate (which UTF-8 cannot carry) goes as U+FFFD, as a browser sends it. */
function encodeSegment(value: unknown): string {
  const text = String(value).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeURIComponent(text).slice(0, 2000) || '%20';
}

function pathValue(param: { name: string; schema: JsonSchema }, known: KnownValues): fc.Arbitrary<string> {
  const real = known[param.name] ?? [];
  const encoded = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map(encodeSegment);
  return fc.oneof(
    ...(real.length > 0 ? [{ arbitrary: fc.constantFrom(...real), weight: 4 }] : []),
    { arbitrary: encoded(validValue(param.schema)), weight: 2 },
    { arbitrary: encoded(hostileValue(param.schema)), weight: 1 },
    { arbitrary: fc.constantFrom(...BAD_PATH_SEGMENTS), weight: 1 },
  );
}

/**
 * A query string under MAX_QUERY characters: Node refuses a request whose headers pass 16 KB
 * (431, before any app code runs), so a huge value is cut to what still reaches the app.
 */
const MAX_QUERY = 6000;
function searchOf(values: Record<string, string>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    const room = MAX_QUERY - search.toString().length;
    if (room <= name.length + 1) break;
    let cut = value;
    // Cut by characters until the encoded pair fits (an encoded character takes up to 9 bytes).
    while (cut.length > 0 && new URLSearchParams({ [name]: cut }).toString().length > room) cut = cut.slice(0, Math.floor(cut.length / 2));
    search.append(name, cut);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function queryString(route: FuzzRoute, known: KnownValues): fc.Arbitrary<string> {
  if (route.query.length === 0) {
    return fc.oneof({ arbitrary: fc.constant(''), weight: 5 }, { arbitrary: fc.constant('?unexpected=1'), weight: 1 });
  }
  const fields = Object.fromEntries(route.query.map((q) => {
    const real = known[q.name] ?? [];
    const value = fc.oneof(...(real.length > 0 ? [fc.constantFrom(...real)] : []), mixedValue(q.schema));
    return [q.name, value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''))];
  }));
  const record = fc.record(fields, { requiredKeys: [] }).map((values) => searchOf(values as Record<string, string>));
  return fc.oneof(
    { arbitrary: record, weight: 8 },
    { arbitrary: record.map((q) => `${q || '?'}&unexpected=1&${route.query[0]?.name}=a&${route.query[0]?.name}=b`), weight: 1 },
    { arbitrary: fc.constantFrom('?q=%E0%A4%A', '?%00=%00', `?${route.query[0]?.name}=%FF`), weight: 1 },
  );
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Bodies that are not the route's JSON at all. */
const junkBodies: fc.Arbitrary<{ body: string | Buffer; headers: Record<string, string> }> = fc.oneof(
  fc.constantFrom('"just text"', '[]', '42', 'null', 'true', '{"unterminated": ', '{"a":1,"a":2}', '{}{}').map((body) => ({ body, headers: JSON_TYPE })),
  fc.constant({ body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), headers: JSON_TYPE }),
  fc.constant({ body: `${'['.repeat(5000)}${']'.repeat(5000)}`, headers: JSON_TYPE }),
  fc.constant({ body: `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`, headers: JSON_TYPE }),
  fc.constant({ body: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  fc.constant({ body: '<?xml version="1.0"?><a/>', headers: { 'content-type': 'application/xml' } }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ body: Buffer.from(bytes), headers: { 'content-type': 'application/octet-stream' } })),
);

/** Spreadsheet uploads: broken files and tiny CSVs with hostile cells (the hostile-files test sends the big ones). */
const spreadsheetBodies: fc.Arbitrary<{ body: string | Buffer; headers: Record<string, string> }> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({ body: Buffer.from(bytes), headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })),
  fc.constant({ body: Buffer.from('PK\u0003\u0004 not really a zip'), headers: { 'content-type': 'application/octet-stream' } }),
  fc.array(fc.array(fc.oneof(fc.constantFrom('=1+1', '@SUM(A1)', '"', '""', ',', '\u0000', 'Tên sản phẩm', 'Tháng', '13/2027'), fc.string({ maxLength: 12 })), { maxLength: 6 }), { maxLength: 6 })
    .map((rows) => ({ body: rows.map((r) => r.join(',')).join('\n'), headers: { 'content-type': 'text/csv' } })),
  fc.constant({ body: '{"not":"a spreadsheet"}', headers: JSON_TYPE }),
);

/** A multipart body that lies: a boundary that never closes, or a part without a name. */
const multipartBodies = fc.constantFrom(
  { body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nnot a png', headers: { 'content-type': 'multipart/form-data; boundary=b' } },
  { body: '--b\r\n\r\n\r\n--b--\r\n', headers: { 'content-type': 'multipart/form-data; boundary=b' } },
  { body: 'x', headers: { 'content-type': 'multipart/form-data' } },
  { body: '{}', headers: JSON_TYPE },
);

function bodyOf(route: FuzzRoute): fc.Arbitrary<{ body?: string | Buffer; headers: Record<string, string> }> {
  switch (route.bodyKind) {
    case 'json':
      return fc.oneof(
        { arbitrary: mixedValue(route.body).map((value) => ({ body: JSON.stringify(value) ?? 'null', headers: JSON_TYPE })), weight: 8 },
        { arbitrary: junkBodies, weight: 2 },
      );
    case 'spreadsheet':
      return spreadsheetBodies;
    case 'multipart':
      return multipartBodies;
    case 'none':
      return fc.oneof({ arbitrary: fc.constant({ headers: {} }), weight: 8 }, { arbitrary: junkBodies, weight: 1 });
  }
}

const languages = fc.constantFrom('vi', 'en', 'en-US,en;q=0.9', 'fr', '*', 'x'.repeat(200), '');

/** Requests as a careful client sends them: real rows where known, every value as its schema says. */
function validRequest(route: FuzzRoute, known: KnownValues) {
  const params = fc.tuple(...route.pathParams.map((p) => ((known[p.name]?.length ?? 0) > 0 ? fc.constantFrom(...(known[p.name] ?? [])) : validValue(p.schema).map(encodeSegment))));
  const query = fc.record(Object.fromEntries(route.query.map((q) => [q.name, validValue(q.schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''))])), { requiredKeys: route.query.filter((q) => q.required).map((q) => q.name) })
    .map((values) => searchOf(values as Record<string, string>));
  const payload = route.bodyKind === 'json'
    ? validValue(route.body).map((value) => ({ body: JSON.stringify(value) ?? 'null' as string | Buffer | undefined, headers: JSON_TYPE as Record<string, string> }))
    : bodyOf(route);
  return fc.record({ params, query, payload, language: fc.constantFrom('vi', 'en') });
}

/** Requests for one route: its path, query and body, each valid-ish or hostile. */
export function requestsFor(route: FuzzRoute, known: KnownValues): fc.Arbitrary<FuzzRequest> {
  const mixed = fc.record({ params: fc.tuple(...route.pathParams.map((p) => pathValue(p, known))), query: queryString(route, known), payload: bodyOf(route), language: languages });
  return fc.oneof({ arbitrary: validRequest(route, known), weight: 1 }, { arbitrary: mixed, weight: 2 }).map(({ params, query, payload, language }) => {
    let index = 0;
    const path = route.url.replace(/:(\w+)/g, () => params[index++] ?? 'x');
    return {
      path: `${path}${query}`,
      ...(payload.body !== undefined ? { body: payload.body } : {}),
      headers: { ...payload.headers, ...(language ? { 'accept-language': language } : {}) },
    };
  });
}
