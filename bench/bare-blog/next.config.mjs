// Next's defaults; NEXT_OUTPUT=export writes the static export, as the bench's baseline does.
const nextConfig = { output: process.env.NEXT_OUTPUT === 'export' ? 'export' : undefined };

export default nextConfig;
