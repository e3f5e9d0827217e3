import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localImagePath, responsiveImage, variantCacheDir, variantWidths, type ResponsiveImage } from './images';

describe('variantWidths', () => {
  it('offers every standard width below the image, then its own, never wider than 1600', () => {
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(1000)).toEqual([480, 800, 1000]);
    expect(variantWidths(1600)).toEqual([480, 800, 1200, 1600]);
    expect(variantWidths(4000)).toEqual([480, 800, 1200, 1600]);
  });
});

describe('localImagePath', () => {
  it('keeps site-relative image paths, decoded and without query, and nothing else', () => {
    expect(localImagePath('/img/Team%20photo.JPG?v=2#x')).toBe('/img/Team photo.JPG');
    expect(localImagePath('https://example.org/x.png')).toBeNull();
    expect(localImagePath('//cdn.example.org/x.png')).toBeNull();
    expect(localImagePath('/img/report.pdf')).toBeNull();
    expect(localImagePath('/img/%E0%A4%A.png')).toBeNull();
  });
});

describe('responsiveImage', () => {
  let publicDir = '';
  beforeAll(async () => {
    publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'images-'));
    process.env.BUILD_CACHE_DIR = path.join(publicDir, 'build-cache');
    fs.mkdirSync(path.join(publicDir, 'img'));
    const photo = sharp({ create: { width: 1000, height: 500, channels: 3, background: '#c8102e' } });
    await photo.jpeg().toFile(path.join(publicDir, 'img', 'photo.jpg'));
    await sharp({ create: { width: 40, height: 30, channels: 4, background: '#000' } }).gif().toFile(path.join(publicDir, 'img', 'anim.gif'));
  });
  afterAll(() => {
    delete process.env.BUILD_CACHE_DIR;
    fs.rmSync(publicDir, { recursive: true, force: true });
  });

  it('makes AVIF, WebP and JPEG variants at each width, files of that width, and a 1200-or-less fallback', async () => {
    const image = (await responsiveImage(publicDir, '/img/photo.jpg')) as ResponsiveImage;
    expect({ width: image.width, height: image.height }).toEqual({ width: 1000, height: 500 });
    expect(image.sources.map((s) => [s.type, s.variants.map((v) => v.width)])).toEqual([
      ['image/avif', [480, 800, 1000]],
      ['image/webp', [480, 800, 1000]],
      ['image/jpeg', [480, 800, 1000]],
    ]);
    expect(image.fallback).toMatch(/^\/img\/_v\/photo-[0-9a-f]{10}-1000\.jpg$/);
    for (const source of image.sources) {
      for (const v of source.variants) {
        const meta = await sharp(path.join(publicDir, v.path)).metadata();
        expect([meta.width, meta.format === 'heif' ? 'image/avif' : `image/${meta.format}`]).toEqual([v.width, source.type]);
      }
    }
  });

  it('names variants after the content, so a replaced image never serves the old ones', async () => {
    const before = (await responsiveImage(publicDir, '/img/photo.jpg')) as ResponsiveImage;
    await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#0000ff' } }).jpeg().toFile(path.join(publicDir, 'img', 'photo.jpg'));
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(publicDir, 'img', 'photo.jpg'), future, future);
    const after = (await responsiveImage(publicDir, '/img/photo.jpg')) as ResponsiveImage;
    expect(after.fallback).not.toBe(before.fallback);
    expect(fs.existsSync(path.join(publicDir, after.fallback))).toBe(true);
  });

  it('on a fresh checkout (no public/img/_v), copies each variant from the build cache instead of encoding it again', async () => {
    const image = (await responsiveImage(publicDir, '/img/photo.jpg')) as ResponsiveImage;
    const cached = path.join(variantCacheDir(), path.basename(image.fallback));
    expect(fs.readFileSync(cached)).toEqual(fs.readFileSync(path.join(publicDir, image.fallback)));
    fs.rmSync(path.join(publicDir, 'img', '_v'), { recursive: true });
    // Marked, so the copy shows where it came from.
    fs.writeFileSync(cached, 'from the cache');
    const photo = path.join(publicDir, 'img', 'photo.jpg');
    const later = new Date(Date.now() + 10_000);
    fs.utimesSync(photo, later, later);
    await responsiveImage(publicDir, '/img/photo.jpg');
    expect(fs.readFileSync(path.join(publicDir, image.fallback), 'utf8')).toBe('from the cache');
  });

  it('gives a GIF only its size, and a missing file nothing', async () => {
    expect(await responsiveImage(publicDir, '/img/anim.gif')).toEqual({ width: 40, height: 30 });
    expect(await responsiveImage(publicDir, '/img/missing.jpg')).toBeNull();
  });
});
