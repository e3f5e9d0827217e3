import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonSecurityHeaders, contentSecurityPolicy, pageSecurityHeaders, policyMode, scriptSources } from './headers';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('is strict in production: scripts by file and hash only, nothing inline or evaluated', () => {
    const csp = directives(contentSecurityPolicy(scriptSources(['bbb=', 'aaa=', 'bbb='])));
    expect(csp).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'", "'sha256-aaa='", "'sha256-bbb='"],
      'style-src': ["'self'"],
      'img-src': ["'self'"],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it("relaxes scripts, styles and connections for next dev's tooling, and only there", () => {
    const csp = directives(contentSecurityPolicy([], 'development'));
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['connect-src']).toEqual(["'self'", 'ws:']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('policyMode', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('is development under next dev only', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(policyMode()).toBe('development');
    vi.stubEnv('NODE_ENV', 'production');
    expect(policyMode()).toBe('production');
    vi.stubEnv('NODE_ENV', 'test');
    expect(policyMode()).toBe('production');
  });
});

describe('security headers', () => {
  it('sends the same fixed headers with every response, and the CSP with pages', () => {
    expect(commonSecurityHeaders().map(({ key, value }) => `${key}: ${value}`)).toEqual([
      'X-Content-Type-Options: nosniff',
      'X-Frame-Options: DENY',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
      'Cross-Origin-Opener-Policy: same-origin',
    ]);
    const page = pageSecurityHeaders(['abc=']);
    expect(page.slice(0, 5)).toEqual(commonSecurityHeaders());
    expect(page[5]).toEqual({ key: 'Content-Security-Policy', value: contentSecurityPolicy(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]) });
  });
});
