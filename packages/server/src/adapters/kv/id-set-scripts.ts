/**
 * Lua for the id-indexed sorted sets of the Kv port (leaderboards): each script runs atomically on Redis, so a
 * member replacement, its id hash and the guard never interleave with another writer.
 */

// A member's field in the labels hash: its text after the first ':' (idSetLabelField in id-set-member.ts).
const LABEL_FIELD = `
local function labelField(member)
  local colon = string.find(member, ':', 1, true)
  return colon and string.sub(member, colon + 1) or member
end`;

// The labels of the members of a flat member/score list, from the labels hash KEYS[3] (none without it).
const LABELS_OF = `${LABEL_FIELD}
local function labelsOf(flat)
  if not KEYS[3] or #flat == 0 then return {} end
  local fields = {}
  for i = 1, #flat, 2 do fields[#fields + 1] = labelField(flat[i]) end
  return redis.call('HMGET', KEYS[3], unpack(fields))
end`;

/** KEYS: set, set:ids, requireKey, labels (unused ones repeat the set's key) · ARGV: mode (0 none, 1 exists,
 * 2 equals), requireValue, expireAtMs, labelled (0/1), then id, member, score, label quads. An id's member is
 * replaced only by a higher score; a non-empty label is stored (under the member's label field) whatever the score. */
export const ID_SET_MAX = `${LABEL_FIELD}
local mode = ARGV[1]
if mode == '1' and redis.call('EXISTS', KEYS[3]) == 0 then return -1 end
if mode == '2' and redis.call('GET', KEYS[3]) ~= ARGV[2] then return -1 end
local labelled = ARGV[4] == '1'
local n = 0
for i = 5, #ARGV, 4 do
  local id, member, score, label = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]), ARGV[i + 3]
  local old = redis.call('HGET', KEYS[2], id)
  local write = true
  if old then
    local current = redis.call('ZSCORE', KEYS[1], old)
    if current and tonumber(current) >= score then write = false
    elseif current then redis.call('ZREM', KEYS[1], old) end
  end
  if write then
    redis.call('ZADD', KEYS[1], score, member)
    redis.call('HSET', KEYS[2], id, member)
    n = n + 1
  end
  if labelled and label ~= '' then redis.call('HSET', KEYS[4], labelField(member), label) end
end
local at = tonumber(ARGV[3])
if n > 0 and at > 0 then
  redis.call('PEXPIREAT', KEYS[1], at)
  redis.call('PEXPIREAT', KEYS[2], at)
end
return n`;

/** KEYS: from, from:ids, to, to:ids, lock · ARGV: token, expireAtMs (0 = none). */
export const ID_SET_MOVE = `
if redis.call('GET', KEYS[5]) ~= ARGV[1] then return 0 end
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('RENAME', KEYS[1], KEYS[3]) else redis.call('DEL', KEYS[3]) end
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('RENAME', KEYS[2], KEYS[4]) else redis.call('DEL', KEYS[4]) end
redis.call('HSET', KEYS[4], '#', '1')
local at = tonumber(ARGV[2])
for _, key in ipairs({ KEYS[3], KEYS[4] }) do
  if at > 0 then redis.call('PEXPIREAT', key, at) else redis.call('PERSIST', key) end
end
redis.call('DEL', KEYS[5])
return 1`;

/** KEYS: set, set:ids [, labels] · ARGV: id, limit, radius. Returns {0} when unbuilt, else
 * {1, top, pos (-1 = absent), from, window, higher, topLabels, windowLabels} (labels only with the labels key). */
export const ID_SET_RANKS = `${LABELS_OF}
if redis.call('EXISTS', KEYS[2]) == 0 then return { 0 } end
local top = redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1, 'WITHSCORES')
local member = redis.call('HGET', KEYS[2], ARGV[1])
local pos = member and redis.call('ZREVRANK', KEYS[1], member)
if not pos then return { 1, top, -1, 0, {}, {}, labelsOf(top), {} } end
local radius = tonumber(ARGV[3])
local from = math.max(pos - radius, 0)
local window = redis.call('ZREVRANGE', KEYS[1], from, pos + radius, 'WITHSCORES')
local higher = {}
for i = 2, #window, 2 do higher[#higher + 1] = redis.call('ZCOUNT', KEYS[1], '(' .. window[i], '+inf') end
return { 1, top, pos, from, window, higher, labelsOf(top), labelsOf(window) }`;
