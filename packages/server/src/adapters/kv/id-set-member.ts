/**
 * The member encoding of id-indexed sorted sets whose entries carry labels ({@link Kv.idSetRanks} with `labels`):
 * `<order>:<id with each hex digit d written as 15 − d>`. Labels are keyed by the member's text after its first ':'
 * ({@link idSetLabelField}), so the Redis scripts find a member's label with a plain substring — decoding ids in Lua
 * (a gsub per member) cost Redis ~0.5–1 ms of its single thread per read.
 */

// Hex digit d ↔ 15 - d (other characters kept): an involution that reverses byte order, so a ZREVRANGE over equal
// scores and equal order parts lists ids ascending. A char-code table: a read decodes ~55 members, and per-character
// parseInt/toString with string appends cost several times as much.
const FLIP = new Uint16Array(256).map((_, code) => code);
for (let d = 0; d < 16; d++) {
  const to = d.toString(16).charCodeAt(0);
  FLIP[(15 - d).toString(16).charCodeAt(0)] = to;
  FLIP[(15 - d).toString(16).toUpperCase().charCodeAt(0)] = to;
}

function flip(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 256 ? (FLIP[code] as number) : code;
  }
  return String.fromCharCode(...codes);
}

/** The member of `id` (lower-cased) after an `order` prefix, which holds no ':'. */
export function encodeIdSetMember(order: string, id: string): string {
  return `${order}:${flip(id.toLowerCase())}`;
}

/** The id inside a member built by {@link encodeIdSetMember}. */
export function decodeIdSetMember(member: string): string {
  return flip(idSetLabelField(member));
}

/** The field of a member's label in a labels hash: the member's text after its first ':' (all of it without one). */
export function idSetLabelField(member: string): string {
  return member.slice(member.indexOf(':') + 1);
}
