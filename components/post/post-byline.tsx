import Link from 'next/link';
import type { PostSummary } from '@/lib/content/queries';
import { displayDate } from '@/lib/rules/dates';
import { authorPath } from '@/lib/paths';

type Props = Pick<PostSummary, 'authors' | 'publishedAt'> & { readingMinutes?: number };

/** "By A and B · <time> · 3 min read", each author linked to their page. */
export function PostByline({ authors, publishedAt, readingMinutes }: Props) {
  return (
    <p className="muted">
      By{' '}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <Link href={authorPath(a.slug)} className="byline-author">
            {a.name}
          </Link>
        </span>
      ))}
      {' · '}
      <time dateTime={publishedAt} className="whitespace-nowrap">
        {displayDate(publishedAt)}
      </time>
      {readingMinutes !== undefined && (
        <>
          {' · '}
          {/* One text node: "3" alone would fit a line that "3 min read" wraps, so a page painted between the two would shift. */}
          <span className="whitespace-nowrap">{`${readingMinutes} min read`}</span>
        </>
      )}
    </p>
  );
}
