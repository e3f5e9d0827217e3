import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainConfig, siteConfig } from './nginx.mjs';

describe('siteConfig', () => {
  it('points deploy/nginx.conf at a local folder and port, and keeps everything else', () => {
    const original = fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8');
    const local = siteConfig({ root: '/tmp/site/out', port: 3999 });
    expect(local).toMatch(/^\s*listen 127\.0\.0\.1:3999;$/m);
    expect(local).toMatch(/^\s*root \/tmp\/site\/out;$/m);
    expect(local).not.toMatch(/listen 80;|\/srv\/openinfra-blog/);
    expect(local.split('\n').length).toBe(original.split('\n').length);
  });

  it('refuses a config without a listen or root line, naming the file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-test-')), 'site.conf');
    fs.writeFileSync(file, 'server {\n  listen 80;\n}\n');
    expect(() => siteConfig({ root: '/x', port: 1, source: file })).toThrow(`${file} must have one \`listen …;\` and one \`root …;\``);
  });
});

describe('mainConfig', () => {
  it('keeps pid, logs and temp folders under the prefix, so no root is needed', () => {
    const conf = mainConfig({ prefix: '/tmp/p', mimeTypes: '/etc/nginx/mime.types' });
    expect(conf).toContain('pid /tmp/p/nginx.pid;');
    expect(conf).toContain('error_log /tmp/p/error.log warn;');
    expect(conf).toContain('client_body_temp_path /tmp/p/tmp/body;');
    expect(conf).toContain('include /tmp/p/site.conf;');
    expect(conf).toContain('daemon off;');
  });
});
