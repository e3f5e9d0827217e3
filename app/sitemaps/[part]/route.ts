import { sitemapPartParams, sitemapPartResponse } from '@/lib/syndication/sitemap';

type Props = { params: Promise<{ part: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sitemapPartParams();
}

export async function GET(_request: Request, { params }: Props) {
  return sitemapPartResponse((await params).part);
}
