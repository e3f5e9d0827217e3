import { allPosts } from 'contentlayer/generated';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { kebab } from '../../../lib/slug';
import { authorNames, formatDate } from '../../../lib/posts';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return allPosts.map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = allPosts.find((p) => p.slug === slug);
  return post ? { title: post.seo?.title ?? post.title, description: post.seo?.description } : {};
}

export default async function Article({ params }: Props) {
  const { slug } = await params;
  const post = allPosts.find((p) => p.slug === slug);
  if (!post) notFound();
  return (
    <article>
      <h1>{post.title}</h1>
      <p>
        {authorNames(post).map((name, i) => (
          <span key={name}>
            {i > 0 && ', '}
            <Link href={`/blog/author/${kebab(name)}`}>{name}</Link>
          </span>
        ))}{' '}
        · <time dateTime={post.date}>{formatDate(post.date)}</time> ·{' '}
        {post.category.map((c) => (
          <Link key={c.label} href={`/blog/category/${kebab(c.label)}`}>
            {c.label}{' '}
          </Link>
        ))}
      </p>
      <div dangerouslySetInnerHTML={{ __html: post.body.html }} />
    </article>
  );
}
