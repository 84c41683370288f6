import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { flywayChecksum } from './flyway-checksum.js';

// An independent reference: Python's zlib.crc32 fed line by line (Flyway's algorithm), converted to signed int32.
function pythonChecksum(bytes: Buffer): number {
  const script = `
import re, sys, zlib
data = sys.stdin.buffer.read()
text = data.decode('utf-8')
if text.startswith('\\ufeff'):
    text = text[1:]
crc = 0
for line in re.split('\\r\\n|\\r|\\n', text):
    crc = zlib.crc32(line.encode('utf-8'), crc)
print(crc - (1 << 32) if crc >= (1 << 31) else crc)
`;
  return Number(execFileSync('python3', ['-c', script], { input: bytes }).toString().trim());
}

const samples: Record<string, Buffer> = {
  'LF lines': Buffer.from('CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n'),
  'CRLF lines': Buffer.from('CREATE TABLE a (id INT);\r\nINSERT INTO a VALUES (1);\r\n'),
  'CR lines': Buffer.from('CREATE TABLE a (id INT);\rINSERT INTO a VALUES (1);\r'),
  'a leading BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('SELECT 1;\n')]),
  'non-ASCII text': Buffer.from("-- café ✓ 日本\nSELECT 'naïve';\n"),
  'no trailing newline': Buffer.from('SELECT 1;'),
  'an empty file': Buffer.from(''),
};

describe('flywayChecksum', () => {
  for (const [name, bytes] of Object.entries(samples)) {
    it(`matches an independent line-by-line CRC32 for ${name}`, () => {
      expect(flywayChecksum(bytes)).toBe(pythonChecksum(bytes));
    });
  }

  it('gives LF, CRLF and BOM variants of the same script the same checksum, as Flyway does', () => {
    const lf = flywayChecksum(samples['LF lines']!);
    expect(flywayChecksum(samples['CRLF lines']!)).toBe(lf);
    expect(flywayChecksum(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), samples['LF lines']!]))).toBe(lf);
  });

  it('stores CRC32 values at or above 2^31 as negative signed int32, like Java casting getValue() to int', () => {
    // CRC32 of the two lines joined without terminators is 0xEED6D362.
    expect(flywayChecksum('CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n')).toBe(0xeed6d362 - 2 ** 32);
    expect(flywayChecksum('SELECT 1;\n')).toBe(0x04b2335c);
    expect(flywayChecksum('')).toBe(0);
  });
});
