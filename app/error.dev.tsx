'use client';

// Exists only under `next dev`: keeps the root layout (and the live preview) around a page that
// failed to render, and retries as soon as contentlayer2 writes new output.
import { useEffect } from 'react';
import { CONTENT_UPDATED_EVENT } from '@/lib/dev/live-preview';
import { RenderError } from '@/components/dev/render-error';

type Props = { error: unknown; retry: () => void };

export default function DevError({ error, retry }: Props) {
  useEffect(() => {
    window.addEventListener(CONTENT_UPDATED_EVENT, retry);
    return () => window.removeEventListener(CONTENT_UPDATED_EVENT, retry);
  }, [retry]);
  return <RenderError message={error instanceof Error ? error.message : String(error)} />;
}
