import { authorFeedParams, authorFeedScope, feedResponse, isFeedFile } from '@/lib/syndication/feeds';

type Props = { params: Promise<{ author: string; feed: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return authorFeedParams();
}

export async function GET(_request: Request, { params }: Props) {
  const { author, feed } = await params;
  const scope = authorFeedScope(author);
  if (!scope || !isFeedFile(feed)) return new Response('Not found', { status: 404 });
  return feedResponse(scope, feed);
}
