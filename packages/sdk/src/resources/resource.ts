import type { APIClient } from '../core.js';

/** The base of every resource class: it holds the client that sends its requests. */
export abstract class APIResource {
  protected readonly client: APIClient;

  constructor(client: APIClient) {
    this.client = client;
  }
}
