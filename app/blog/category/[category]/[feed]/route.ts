import { categoryFeedParams, categoryFeedScope, feedResponse, isFeedFile } from '@/lib/syndication/feeds';

type Props = { params: Promise<{ category: string; feed: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return categoryFeedParams();
}

export async function GET(_request: Request, { params }: Props) {
  const { category, feed } = await params;
  const scope = categoryFeedScope(category);
  if (!scope || !isFeedFile(feed)) return new Response('Not found', { status: 404 });
  return feedResponse(scope, feed);
}
