import { ArticleJsonLd, BreadcrumbJsonLd, JsonLdScript, OrganizationJsonLd, ProfilePageJsonLd } from 'next-seo';
import type { AuthorEntry, PostSummary } from '@/lib/content/queries';
import {
  blogPostingJsonLd,
  breadcrumbItems,
  organizationJsonLd,
  profileJsonLd,
  websiteJsonLd,
  type Crumb,
} from '@/lib/seo/json-ld';

export function ArticleLd({ post }: { post: PostSummary }) {
  return <ArticleJsonLd type="BlogPosting" {...blogPostingJsonLd(post)} />;
}

export function BreadcrumbLd({ trail }: { trail: Crumb[] }) {
  return <BreadcrumbJsonLd items={breadcrumbItems(trail)} />;
}

export function ProfileLd({ author }: { author: AuthorEntry }) {
  return <ProfilePageJsonLd mainEntity={profileJsonLd(author)} />;
}

export function HomeLd() {
  return (
    <>
      <JsonLdScript data={websiteJsonLd()} scriptKey="website" />
      <OrganizationJsonLd {...organizationJsonLd()} />
    </>
  );
}
