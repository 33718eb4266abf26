import { describe, expect, it } from 'vitest';
import {
  hasOAuthCallbackParams,
  parseEmailActionLink,
  parseOAuthCallback,
  stripEmailActionParams,
  stripOAuthParams,
} from '../../../src/core/links';

describe('parseEmailActionLink', () => {
  it('reads oobCode and uid from the query of a mailed link', () => {
    expect(parseEmailActionLink('https://app.test/verify-email?oobCode=abc123&uid=u-1')).toEqual({
      oobCode: 'abc123',
      uid: 'u-1',
    });
  });

  it('reads them from the fragment too (hash routers)', () => {
    expect(parseEmailActionLink('https://app.test/#oobCode=zz&uid=u2')).toEqual({
      oobCode: 'zz',
      uid: 'u2',
    });
  });

  it('gives null for what is missing or empty', () => {
    expect(parseEmailActionLink('https://app.test/reset?oobCode=')).toEqual({
      oobCode: null,
      uid: null,
    });
  });

  it('accepts relative URLs', () => {
    expect(parseEmailActionLink('/reset?oobCode=x').oobCode).toBe('x');
  });
});

describe('parseOAuthCallback', () => {
  it("reads Google's id_token from the fragment", () => {
    const params = parseOAuthCallback('https://app.test/cb#id_token=tok&state=st');
    expect(params).toMatchObject({ token: 'tok', state: 'st', code: null, error: null });
  });

  it("reads Facebook's access_token from the fragment", () => {
    expect(parseOAuthCallback('https://app.test/cb#access_token=fb&state=s').token).toBe('fb');
  });

  it("reads GitHub's code from the query", () => {
    expect(parseOAuthCallback('https://app.test/cb?code=gh&state=s')).toMatchObject({
      code: 'gh',
      token: null,
      state: 's',
    });
  });

  it('reads a provider error', () => {
    const params = parseOAuthCallback(
      'https://app.test/cb?error=access_denied&error_description=User+cancelled',
    );
    expect(params).toMatchObject({ error: 'access_denied', errorDescription: 'User cancelled' });
    expect(hasOAuthCallbackParams('https://app.test/cb?error=access_denied')).toBe(true);
    expect(hasOAuthCallbackParams('https://app.test/cb?page=2')).toBe(false);
  });
});

describe('stripping parameters', () => {
  it('removes OAuth parameters from query and fragment and keeps the rest', () => {
    expect(stripOAuthParams('https://app.test/cb?code=1&state=2&page=3')).toBe(
      'https://app.test/cb?page=3',
    );
    expect(stripOAuthParams('https://app.test/cb#id_token=1&state=2')).toBe('https://app.test/cb');
  });

  it('leaves a router fragment alone', () => {
    expect(stripOAuthParams('https://app.test/?code=1#/settings')).toBe(
      'https://app.test/#/settings',
    );
  });

  it('removes email-link parameters', () => {
    expect(stripEmailActionParams('https://app.test/reset?oobCode=1&uid=2&lang=en')).toBe(
      'https://app.test/reset',
    );
  });
});
