import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Encrypts stored responses (which can hold fresh tokens) so the idempotency table never keeps secrets in clear. */
export interface ReplayCipher {
  seal(text: string): string;
  /** Decrypts a sealed value; null when it was sealed with another key (the secret rotated) or is damaged. */
  open(sealed: string): string | null;
}

/** Creates an AES-256-GCM cipher keyed by HKDF-SHA256 of the server secret. */
export function createReplayCipher(secret: string | Uint8Array): ReplayCipher {
  const key = Buffer.from(hkdfSync('sha256', secret, 'avantika', 'idempotency-replay-v1', 32));
  return {
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || iv === undefined || tag === undefined || body === undefined) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        // Sealed with a previous secret: treat as not replayable (the caller re-runs the request).
        return null;
      }
    },
  };
}
