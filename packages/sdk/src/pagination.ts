/** Fetches the page that starts at `cursor` (undefined = the first page). */
export type PageFetcher<Item> = (cursor: string | undefined) => Promise<{ data: Item[]; nextCursor: string | null }>;

/** Options for {@link CursorPage.toArray} and {@link PagePromise.toArray}. */
export interface ToArrayOptions {
  /** Stop after this many items (fewer pages are fetched). */
  limit?: number | undefined;
}

/** One page of a list, with the cursor to the next; iterating it with `for await` walks every later page too. */
export class CursorPage<Item> implements AsyncIterable<Item> {
  /** The items on this page. */
  readonly data: Item[];
  /** The opaque cursor of the next page, or null on the last page. */
  readonly nextCursor: string | null;
  readonly #fetch: PageFetcher<Item>;

  constructor(page: { data: Item[]; nextCursor: string | null }, fetch: PageFetcher<Item>) {
    this.data = page.data;
    this.nextCursor = page.nextCursor;
    this.#fetch = fetch;
  }

  /** True when there is another page after this one. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** Fetches the next page; throws when there is none (check {@link hasNextPage} first). */
  async getNextPage(): Promise<CursorPage<Item>> {
    if (this.nextCursor === null) throw new RangeError('no next page: this is the last one');
    return new CursorPage(await this.#fetch(this.nextCursor), this.#fetch);
  }

  /** Yields this page and every following page. */
  async *iterPages(): AsyncGenerator<CursorPage<Item>> {
    let page: CursorPage<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Yields every item from this page onwards, fetching pages as it goes. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.data;
  }

  /** Collects items from this page onwards, up to `limit`. */
  async toArray(options: ToArrayOptions = {}): Promise<Item[]> {
    return collect(this, options.limit);
  }
}

/**
 * What a list method returns: await it for the first {@link CursorPage}, or iterate it with `for await` for every
 * item across all pages. The first page is requested once, on first use.
 */
export class PagePromise<Item> implements PromiseLike<CursorPage<Item>>, AsyncIterable<Item> {
  readonly #fetch: PageFetcher<Item>;
  readonly #cursor: string | undefined;
  #first: Promise<CursorPage<Item>> | undefined;

  constructor(fetch: PageFetcher<Item>, cursor?: string | undefined) {
    this.#fetch = fetch;
    this.#cursor = cursor;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited like a promise by design (openai-node's shape).
  then<A = CursorPage<Item>, B = never>(
    onFulfilled?: ((page: CursorPage<Item>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Like a promise's `catch`, for the first page. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<CursorPage<Item> | B> {
    return this.#firstPage().catch(onRejected);
  }

  /** Yields every item across all pages, starting at the cursor the list was called with. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this.#firstPage();
  }

  /** Collects every item across pages, up to `limit`. */
  async toArray(options: ToArrayOptions = {}): Promise<Item[]> {
    return collect(this, options.limit);
  }

  #firstPage(): Promise<CursorPage<Item>> {
    this.#first ??= this.#fetch(this.#cursor).then((page) => new CursorPage(page, this.#fetch));
    return this.#first;
  }
}

async function collect<Item>(items: AsyncIterable<Item>, limit: number | undefined): Promise<Item[]> {
  const out: Item[] = [];
  if (limit !== undefined && limit <= 0) return out;
  for await (const item of items) {
    out.push(item);
    if (limit !== undefined && out.length >= limit) break;
  }
  return out;
}
