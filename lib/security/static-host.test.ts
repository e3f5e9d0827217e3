import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy } from './headers';
import { netlifyHeaders, nginxFileUris, nginxHeaders, nginxMaps } from './static-host';

const manifest = { notFound: ['nf='], pages: { '/blog/x': ['x=', 'shared='], '/': ['home=', 'shared='] } };

describe('nginx files', () => {
  it('maps each page file to its script sources, the not-found page by default, and HSTS to HTTPS only', () => {
    const maps = nginxMaps(manifest);
    expect(maps).toContain('map $uri $site_script_src {\n' +
      `    default "'self' 'wasm-unsafe-eval' 'sha256-nf='";\n` +
      `    "/index.html" "'self' 'wasm-unsafe-eval' 'sha256-home=' 'sha256-shared='";\n` +
      `    "//index.html" "'self' 'wasm-unsafe-eval' 'sha256-home=' 'sha256-shared='";\n` +
      `    "/blog/x.html" "'self' 'wasm-unsafe-eval' 'sha256-shared=' 'sha256-x='";\n}`);
    expect(maps).toContain('map $scheme $site_hsts {\n    https "max-age=31536000; includeSubDomains";\n    default "";\n}');
    // The hash sizes are deploy/nginx.conf's, shared with the old addresses' map: nginx takes each once.
    expect(maps).not.toMatch(/map_hash/);
    expect(() => nginxMaps({ ...manifest, pages: { [`/blog/${'x'.repeat(500)}`]: [] } })).toThrow(/do not fit nginx's map/);
    expect(nginxFileUris('/')).toEqual(['/index.html', '//index.html']);
    expect(nginxFileUris('/blog/x')).toEqual(['/blog/x.html']);
  });

  it('adds every header always (errors too), the CSP with the mapped script sources', () => {
    const lines = nginxHeaders().split('\n').filter((l) => l.startsWith('add_header'));
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.endsWith(' always;'))).toBe(true);
    expect(lines).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy(['$site_script_src'])}" always;`);
    expect(lines).toContain('add_header Strict-Transport-Security "$site_hsts" always;');
    expect(lines).toContain('add_header X-Frame-Options "DENY" always;');
  });
});

describe('netlifyHeaders', () => {
  it('puts the common headers and HSTS on every path and each CSP on its own path only', () => {
    const text = netlifyHeaders(manifest);
    const blocks = text.trim().split(/\n(?=\/)/);
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['/*', '/', '/blog/x', '/admin', '/admin/*']);
    expect(blocks[0]).toContain('\n  Strict-Transport-Security: max-age=31536000; includeSubDomains');
    expect(blocks[0]).toContain('\n  X-Content-Type-Options: nosniff');
    expect(blocks[0]).not.toContain('Content-Security-Policy');
    expect(blocks[2]).toBe(`/blog/x\n  Content-Security-Policy: ${contentSecurityPolicy(["'self'", "'wasm-unsafe-eval'", "'sha256-shared='", "'sha256-x='"])}`);
    // Decap CMS gets its own policy, on /admin only, and an opener policy its login popup can answer.
    expect(blocks[3]).toContain(`\n  Content-Security-Policy: ${adminContentSecurityPolicy()}`);
    expect(blocks[3]).toContain('\n  Cross-Origin-Opener-Policy: same-origin-allow-popups');
    expect(blocks[4]).toBe(blocks[3]!.replace('/admin\n', '/admin/*\n'));
    expect(adminContentSecurityPolicy()).toContain("script-src 'self' 'unsafe-eval';");
    expect(contentSecurityPolicy(["'self'"])).not.toContain('unsafe');
  });
});
