/**
 * The browser reads id-token claims itself (no jose on the page): the same answers as jose's
 * `decodeJwt` for real tokens, and `{}` for anything that is not a readable JWT payload.
 */
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeClaims } from '../../../src/core/credentials';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const jwt = (payload: string) => `${base64url('{"alg":"RS256"}')}.${base64url(payload)}.signature`;

describe('decodeClaims', () => {
  it('reads the payload as jose does, UTF-8 and base64url characters included', () => {
    // "é" and "?>" make the base64url payload use non-ASCII bytes and the `-`/`_` alphabet.
    for (const claims of [
      { sub: 'u1', name: 'Zoé Ŀ', exp: 1_700_000_000, note: '??>>~~' },
      { a: 1 },
      { ab: 'x' },
      { abc: 'xy' },
    ]) {
      const token = jwt(JSON.stringify(claims));
      expect(decodeClaims(token)).toEqual(claims);
      expect(decodeClaims(token)).toEqual(decodeJwt(token));
    }
  });

  it('gives {} for what is not a readable JWT payload', () => {
    expect(decodeClaims('')).toEqual({});
    expect(decodeClaims('a.b')).toEqual({});
    expect(decodeClaims('a.b.c.d.e')).toEqual({});
    expect(decodeClaims(`x.${base64url('[1,2]')}.y`)).toEqual({});
    expect(decodeClaims(`x.${base64url('null')}.y`)).toEqual({});
    expect(decodeClaims(`x.${base64url('not json')}.y`)).toEqual({});
    expect(decodeClaims('x.%%%.y')).toEqual({});
    // Invalid UTF-8 (a lone continuation byte), like jose's strict decoder.
    expect(decodeClaims(`x.${Buffer.from([0x7b, 0x80, 0x7d]).toString('base64url')}.y`)).toEqual(
      {},
    );
  });
});
