import { Suspense } from 'react';
import { searchMetadata } from '@/lib/seo/metadata';
import { PageHeading } from '@/components/ui/page-heading';
import { SearchForm } from '@/components/search/search-form';
import { SearchFallback } from '@/components/search/search-fallback';
import { SearchPanel } from '@/components/search/search-panel';

export const metadata = searchMetadata();

// Static: the query lives in the URL and is read in the browser, where the index is searched.
export default function SearchPage() {
  return (
    <>
      <PageHeading title="Search" intro={<p>Find posts by the words in them; share the address to share the results.</p>} />
      <Suspense fallback={<SearchForm />}>
        <SearchPanel />
      </Suspense>
      <SearchFallback />
    </>
  );
}
