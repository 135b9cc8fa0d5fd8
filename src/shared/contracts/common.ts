import { z } from 'zod';

/**
 * Pieces every HTTP contract uses the same way (decision 012): ids in paths, page queries and page results.
 */

/** A stored record's id in a path or body: a UUID, else a 400 that names the parameter ("must be a job id"). */
export function idSchema(what: string) {
  // "an invitation" but "a user": a leading u mostly sounds like "you".
  const article = /^[aeio]/i.test(what) ? 'an' : 'a';
  return z.uuid({ error: `must be ${article} ${what} id` });
}

export const maxPageSize = 100;

/** `?limit=` (1–100, 20 by default) and `?offset=` (from 0) of every list endpoint. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, 'must be 1 or more').max(maxPageSize, `must be at most ${maxPageSize}`).default(20).describe('Items to return (1–100).'),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0).describe('Items to skip, in the list\'s order.'),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** One page of a list, sorted in the database; `total` counts every item that matches, on all pages. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    limit: z.number().int().min(1),
    offset: z.number().int().min(0),
  });
}
export type Page<Item> = { items: Item[]; total: number; limit: number; offset: number };

/** Wraps one page of items (already mapped to their contract shape) with the total and the window asked for. */
export function toPage<Item>(items: Item[], total: number, query: PageQuery): Page<Item> {
  return { items, total, limit: query.limit, offset: query.offset };
}

/** A page as people count it (page 1, 2, … of `pageSize` items): the web's pagers work in these. */
export type PageNumber = { page: number; pageSize: number };

/** The API's window for a page number. */
export function pageQueryOf({ page, pageSize }: PageNumber): PageQuery {
  return { limit: pageSize, offset: (Math.max(1, page) - 1) * pageSize };
}

/** `limit=…&offset=…` of a page number, to put on a list URL. */
export function pageParams(page: PageNumber): URLSearchParams {
  const { limit, offset } = pageQueryOf(page);
  return new URLSearchParams({ limit: String(limit), offset: String(offset) });
}
