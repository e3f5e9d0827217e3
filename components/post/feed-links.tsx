import { feedLinks, type FeedScope } from '@/lib/syndication/feed-links';

type Props = { scope: FeedScope; label: string; className?: string };

/** Plain links to a scope's RSS, Atom and JSON feeds, for people (autodiscovery is in the head). */
export function FeedLinks({ scope, label, className }: Props) {
  return (
    <p className={className}>
      {label}{' '}
      {feedLinks(scope).map((link, i) => (
        <span key={link.format}>
          {i > 0 && ' · '}
          <a className="footer-link" href={link.path} type={link.type} title={link.title}>
            {link.label}
          </a>
        </span>
      ))}
    </p>
  );
}
