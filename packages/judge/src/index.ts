/** Version of the generated drivers; part of every compile-cache key. */
export const HARNESS_VERSION = 1;
