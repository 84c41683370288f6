/**
 * The member encoding of id-indexed sorted sets whose entries carry labels ({@link Kv.idSetRanks} with `labels`):
 * `<order>:<id with each hex digit d written as 15 − d>`. The Redis scripts decode members the same way
 * (ID_OF_MEMBER in id-set-scripts.ts), so a read can look up each member's label without another round trip.
 */

// Hex digit d ↔ 15 - d (other characters kept): an involution that reverses byte order, so a ZREVRANGE over equal
// scores and equal order parts lists ids ascending.
function flip(text: string): string {
  let out = '';
  for (const ch of text) {
    const d = Number.parseInt(ch, 16);
    out += Number.isNaN(d) ? ch : (15 - d).toString(16);
  }
  return out;
}

/** The member of `id` (lower-cased) after an `order` prefix, which may hold any characters; the id holds no ':'. */
export function encodeIdSetMember(order: string, id: string): string {
  return `${order}:${flip(id.toLowerCase())}`;
}

/** The id inside a member built by {@link encodeIdSetMember}: the text after its last ':', flipped back. */
export function decodeIdSetMember(member: string): string {
  return flip(member.slice(member.lastIndexOf(':') + 1));
}
