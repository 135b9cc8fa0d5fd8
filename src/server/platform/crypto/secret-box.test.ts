import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret, SecretBoxError } from './secret-box.ts';

const secret = 'a-server-secret-that-is-long-enough-0001';

describe('secret box', () => {
  it('round-trips and never stores the plain text', () => {
    const sealed = sealSecret('sk-test-1234567890', secret, 'user:1:openai');
    expect(sealed.ciphertext).not.toContain('sk-test');
    expect(Buffer.from(sealed.nonce, 'base64')).toHaveLength(12);
    expect(openSecret(sealed, secret, 'user:1:openai')).toBe('sk-test-1234567890');
  });

  it('uses a fresh salt and nonce for every record', () => {
    const a = sealSecret('same', secret);
    const b = sealSecret('same', secret);
    expect(a.salt).not.toBe(b.salt);
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses another secret, another context or tampered data', () => {
    const sealed = sealSecret('value', secret, 'ctx');
    expect(() => openSecret(sealed, `${secret}x`, 'ctx')).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, secret, 'other')).toThrow(SecretBoxError);
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => openSecret({ ...sealed, ciphertext: flipped.toString('base64') }, secret, 'ctx')).toThrow(SecretBoxError);
  });
});
