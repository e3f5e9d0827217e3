// What responsive images cost a build (lib/media/images.ts): `count` distinct photos of a typical
// size (1600x900 JPEG) made into their AVIF/WebP/JPEG variants, timed on their own, one after
// another as contentlayer's build meets them. The synthetic archive itself links no image, so
// the build figures above do not include this; it grows with the number of distinct images.
import fs from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

export async function imageStage(root, dir, count) {
  const sharp = (await import('sharp')).default;
  const { responsiveImage } = await tsImport(path.join(root, 'lib', 'media', 'images.ts'), import.meta.url);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'img'), { recursive: true });
  for (let i = 0; i < count; i++) {
    // Distinct content per image (a gradient and a block that move with i), so none is a cache hit.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g"><stop offset="0" stop-color="#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}"/><stop offset="1" stop-color="#1d4ed8"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/><rect x="${(i * 37) % 1200}" y="${(i * 53) % 600}" width="400" height="300" fill="#fff" opacity="0.6"/></svg>`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path.join(dir, 'img', `photo-${i}.jpg`));
  }
  // An empty variant cache of its own: the default (.next/cache below the bench's working directory)
  // keeps the last run's variants, and every image would be a copy instead of an encode.
  const cacheBefore = process.env.BUILD_CACHE_DIR;
  process.env.BUILD_CACHE_DIR = path.join(dir, 'build-cache');
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  try {
    for (let i = 0; i < count; i++) await responsiveImage(dir, `/img/photo-${i}.jpg`);
  } finally {
    if (cacheBefore === undefined) delete process.env.BUILD_CACHE_DIR;
    else process.env.BUILD_CACHE_DIR = cacheBefore;
  }
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const variants = fs.readdirSync(path.join(dir, 'img', '_v'));
  const bytes = variants.reduce((sum, f) => sum + fs.statSync(path.join(dir, 'img', '_v', f)).size, 0);
  return {
    images: count,
    wallS: Math.round(wallS * 10) / 10,
    cpuS: Math.round(((cpu.user + cpu.system) / 1e6) * 10) / 10,
    msPerImage: Math.round((wallS * 1000) / count),
    variants: variants.length,
    variantMB: Math.round((bytes / 2 ** 20) * 10) / 10,
  };
}
