// Exists only under `next dev`: adds the live preview to every page, outside the error boundary
// (app/error.dev.tsx), so it stays to bring a failed page back. Production builds never see it.
import { renderedGeneration } from '@/lib/dev/events';
import { LivePreview } from '@/components/dev/live-preview';

export default function DevTemplate({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <LivePreview renderedFrom={renderedGeneration()} />
    </>
  );
}
