import type { Page } from './schemas/common.js';

/** Follows `nextCursor` from `query.cursor` (or the start) to the last page, yielding items. */
export async function* paginate<T, Q extends { cursor?: string | undefined }>(
  fetchPage: (query: Q) => Promise<Page<T>>,
  query: Q,
): AsyncGenerator<T, void, undefined> {
  let cursor = query.cursor;
  do {
    const page = await fetchPage({ ...query, cursor });
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
