import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

const pageExtensions = ['tsx', 'ts', 'jsx', 'js'];

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // `npm run build:static` sets NEXT_OUTPUT=export to write the whole site to out/.
    output: process.env.NEXT_OUTPUT === 'export' ? 'export' : undefined,
    images: { unoptimized: true },
    typedRoutes: false,
    // Routes named *.dev.ts(x) (the live preview's event stream) exist only under `next dev`.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts', ...pageExtensions] : pageExtensions,
  };
}
