import { crc32 } from 'node:zlib';

/**
 * Flyway's checksum of a migration script: CRC32 over the UTF-8 bytes of each line with its terminator (\n, \r\n or
 * \r) removed and a leading byte-order mark stripped, as a signed 32-bit integer. Real Flyway computes the same value,
 * so it can `validate` a database our runner migrated.
 */
export function flywayChecksum(content: string | Uint8Array): number {
  let text = typeof content === 'string' ? content : new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CRC32 is streaming, so updating line by line equals one CRC over the text with every terminator removed.
  let crc = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    crc = crc32(Buffer.from(line, 'utf8'), crc);
  }
  return crc | 0;
}
