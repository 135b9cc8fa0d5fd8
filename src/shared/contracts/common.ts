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

/** `?page=` (from 1) and `?pageSize=` (1–100, 20 by default) of every list endpoint. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, 'must be 1 or more').default(1).describe('Page number, from 1.'),
  pageSize: z.coerce.number().int().min(1, 'must be 1 or more').max(maxPageSize, `must be at most ${maxPageSize}`).default(20).describe('Items per page (1–100).'),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** One page of a list, sorted in the database; `total` counts every item that matches, on all pages. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export type Page<Item> = { items: Item[]; total: number; page: number; pageSize: number };

/** The rows a page covers, for a query's LIMIT and OFFSET. */
export function pageWindow(query: PageQuery): { limit: number; offset: number } {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

/** Wraps one page of items (already mapped to their contract shape) with the total and the page asked for. */
export function toPage<Item>(items: Item[], total: number, query: PageQuery): Page<Item> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
