/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run build:static` sets NEXT_OUTPUT=export to write the whole site to out/.
  output: process.env.NEXT_OUTPUT === 'export' ? 'export' : undefined,
  images: { unoptimized: true },
  typedRoutes: false,
};

export default nextConfig;
