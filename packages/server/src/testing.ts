// `@avantika/server/testing`: the real server and content fixtures for other packages' tests (like fastify's testing
// guide: build the real thing, never a stand-in). Test code only; nothing here runs in production.

export { deleteRedisKeys } from './testing/delete-redis-keys.js';
export { importPracticeContent, learningPathYaml, PRACTICE_PROBLEMS } from './testing/practice-fixture.js';
export { redisAvailable } from './testing/redis-available.js';
export type { TestServer, TestServerOptions } from './testing/start-test-server.js';
export { startTestServer, TEST_JWT_SECRET } from './testing/start-test-server.js';
export type { StorageKind } from './testing/storage-kinds.js';
export { postgresAvailable, storageKinds } from './testing/storage-kinds.js';
export type { PackSelection } from './testing/test-content.js';
export { findContentPackDir, importTestContent, mcqSetYaml, packContentFiles } from './testing/test-content.js';
