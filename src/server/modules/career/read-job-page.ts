import type * as Readability from '@mozilla/readability';
import type * as Cheerio from 'cheerio';
import type * as Linkedom from 'linkedom';
import { loadOnFirstUse } from '#server/platform/load-on-first-use.ts';

// Loaded when the first page is read: together ~35 MB that a server reading no job page need not hold (decision 055).
const cheerio = loadOnFirstUse<typeof Cheerio>('cheerio');
const linkedom = loadOnFirstUse<typeof Linkedom>('linkedom');
const readability = loadOnFirstUse<typeof Readability>('@mozilla/readability');

/**
 * Reads a saved job page: the schema.org JobPosting in its JSON-LD when there is one (inside `@graph`, `@type` as an
 * array, the hiring organisation given by an `@id` reference, an entity-escaped HTML description; invalid neighbouring
 * blocks are skipped with a warning), else the page's main text by Readability. No script of the page ever runs:
 * cheerio and linkedom only parse.
 */

type Node = Record<string, unknown>;

export type JobPageReading = {
  method: 'jsonld' | 'readability' | 'none';
  /** The JobPosting node as the page gave it (references left as they were). */
  jsonLd: Node | null;
  title: string | null;
  companyName: string | null;
  location: string | null;
  remote: boolean;
  datePosted: string | null;
  validThrough: string | null;
  employmentType: string | null;
  /** The description as plain text (for parseJob and the user). */
  text: string;
  warnings: string[];
};

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const types = (node: Node) => asArray(node['@type']).map(String);

/** Every node of a JSON-LD value: top-level arrays and `@graph` lists flattened. */
function flatten(value: unknown): Node[] {
  return asArray(value).flatMap((item) => (isNode(item) ? [item, ...flatten(item['@graph'])] : []));
}

/** HTML (possibly entity-escaped more than once) to its text, paragraphs kept as lines. */
export function htmlToText(html: string): string {
  let current = html;
  for (let round = 0; round < 3 && /&lt;|&gt;|&amp;|<\w/.test(current); round += 1) {
    const $ = cheerio().load(`<body>${current.replace(/<(br|\/p|\/li|\/h\d|\/div)\b[^>]*>/gi, (tag) => `${tag}\n`)}</body>`);
    $('script, style').remove();
    current = $('body').text();
  }
  return current
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A JSON-LD string as the page meant it: `St Mary&#39;s` → `St Mary's` (pages escape entities in plain fields too). */
function decodeEntities(value: string): string {
  return /&[#\w]+;/.test(value) ? cheerio().load(`<p>${value.replace(/</g, '&lt;')}</p>`)('p').text() : value;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null;
  if (isNode(value) && typeof value.name === 'string') return decodeEntities(value.name).trim() || null;
  return null;
}

function placeOf(value: unknown, byId: Map<string, Node>): string | null {
  const places = asArray(value).map((place) => (isNode(place) && typeof place['@id'] === 'string' && !place.address ? (byId.get(place['@id']) ?? place) : place));
  const names = places.map((place) => {
    if (!isNode(place)) return textOf(place);
    const address = isNode(place.address) ? place.address : null;
    if (!address) return textOf(place);
    const country = isNode(address.addressCountry) ? textOf(address.addressCountry) : textOf(address.addressCountry);
    return [address.addressLocality, address.addressRegion, country].filter((part) => typeof part === 'string' && part.trim()).join(', ') || null;
  });
  const unique = [...new Set(names.filter((name): name is string => !!name))];
  return unique.length ? unique.join('; ') : null;
}

const dateOf = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

function readJsonLd($: Cheerio.CheerioAPI, warnings: string[]): { posting: Node; byId: Map<string, Node> } | null {
  const nodes: Node[] = [];
  $('script[type="application/ld+json"]').each((index, element) => {
    const raw = $(element).text();
    try {
      nodes.push(...flatten(JSON.parse(raw)));
    } catch {
      warnings.push(`JSON-LD block ${index + 1} is not valid JSON; skipped`);
    }
  });
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const posting = nodes.find((node) => types(node).some((type) => type === 'JobPosting' || type.endsWith('/JobPosting')));
  return posting ? { posting, byId } : null;
}

export function readJobPage(html: string): JobPageReading {
  const warnings: string[] = [];
  const $ = cheerio().load(html);
  const found = readJsonLd($, warnings);
  if (found) {
    const { posting, byId } = found;
    const resolve = (value: unknown) => (isNode(value) && typeof value['@id'] === 'string' && !value.name ? (byId.get(value['@id']) ?? value) : value);
    const remote = asArray(posting.jobLocationType).some((type) => String(type).toUpperCase() === 'TELECOMMUTE');
    const location = placeOf(posting.jobLocation, byId) ?? (remote ? placeOf(posting.applicantLocationRequirements, byId) : null);
    return {
      method: 'jsonld',
      jsonLd: posting,
      title: textOf(posting.title) ?? textOf(posting.name),
      companyName: textOf(resolve(posting.hiringOrganization)),
      location,
      remote,
      datePosted: dateOf(posting.datePosted),
      validThrough: dateOf(posting.validThrough),
      employmentType: asArray(posting.employmentType).map(String).join(', ') || null,
      text: typeof posting.description === 'string' ? htmlToText(posting.description) : '',
      warnings,
    };
  }
  const { document } = linkedom().parseHTML(html);
  for (const element of document.querySelectorAll('script, style, noscript')) element.remove();
  const article = new (readability().Readability)(document).parse();
  const text = article?.textContent ? htmlToText(article.content ?? article.textContent) : '';
  return {
    method: text ? 'readability' : 'none',
    jsonLd: null,
    title: article?.title?.trim() || $('h1').first().text().trim() || null,
    companyName: article?.siteName?.trim() || null,
    location: null,
    remote: false,
    datePosted: null,
    validThrough: null,
    employmentType: null,
    text,
    warnings,
  };
}
