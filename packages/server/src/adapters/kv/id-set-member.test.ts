import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeIdSetMember, encodeIdSetMember, idSetLabelField } from './id-set-member.js';

describe('id-set members', () => {
  it('reads back the lower-cased id it encoded and keys labels by the encoded id', () => {
    const id = randomUUID();
    expect(decodeIdSetMember(encodeIdSetMember('000000000012345', id))).toBe(id);
    expect(decodeIdSetMember(encodeIdSetMember('ab', id.toUpperCase()))).toBe(id);
    expect(encodeIdSetMember('7', '0123-abcdef')).toBe('7:fedc-543210');
    expect(idSetLabelField('7:fedc-543210')).toBe('fedc-543210');
  });

  it('lists equal order parts by id ascending when the members are sorted descending (ZREVRANGE)', () => {
    const ids = Array.from({ length: 50 }, () => randomUUID());
    const members = ids.map((id) => encodeIdSetMember('000000000000001', id));
    const descending = [...members].sort().reverse();
    expect(descending.map(decodeIdSetMember)).toEqual([...ids].sort());
  });
});
