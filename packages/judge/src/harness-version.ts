/** Version of the generated drivers and runtimes; part of every compile-cache key, bumped on any harness change. */
export const HARNESS_VERSION = 1;
