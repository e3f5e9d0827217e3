'use client';

import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useRouter } from 'next/navigation';
import { CONTENT_UPDATED_EVENT, LIVE_PREVIEW_EVENTS_PATH, STATUS_EVENT, needsRefresh, problemLine, type PageStatus } from '@/lib/dev/live-preview';

// Inline styles, not Tailwind classes: nothing of this dev-only component may reach the production CSS.
const alertStyle: CSSProperties = {
  position: 'fixed',
  insetInline: 0,
  top: 0,
  zIndex: 60,
  maxHeight: '45vh',
  overflow: 'auto',
  padding: '0.75rem 1rem',
  background: '#7f1d1d',
  color: '#fff',
  borderBottom: '4px solid #fca5a5',
  font: '15px/1.45 ui-sans-serif, system-ui, sans-serif',
  boxShadow: '0 4px 12px rgb(0 0 0 / 0.3)',
};
const warningsStyle: CSSProperties = {
  position: 'fixed',
  right: '0.75rem',
  bottom: '0.75rem',
  zIndex: 60,
  maxWidth: 'min(40rem, calc(100vw - 1.5rem))',
  maxHeight: '45vh',
  overflow: 'auto',
  padding: '0.4rem 0.75rem',
  borderRadius: '0.5rem',
  background: '#fef3c7',
  color: '#451a03',
  border: '1px solid #d97706',
  font: '13px/1.4 ui-sans-serif, system-ui, sans-serif',
};
const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
const mono: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontWeight: 600 };

/**
 * Dev only: follows the dev server's content events, re-renders the page when contentlayer2 writes
 * new output (no reload: scroll and state stay), and shows the validator's errors and warnings.
 */
export function LivePreview({ renderedFrom }: { renderedFrom: string | null }) {
  const router = useRouter();
  const [status, setStatus] = useState<PageStatus | null>(null);
  // The generation this render came from (a refresh renders it anew), and the last one asked for.
  const rendered = useRef(renderedFrom);
  const requested = useRef<string | null>(null);
  useEffect(() => {
    rendered.current = renderedFrom;
  }, [renderedFrom]);

  useEffect(() => {
    const source = new EventSource(LIVE_PREVIEW_EVENTS_PATH);
    source.addEventListener(STATUS_EVENT, (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as PageStatus;
      if (needsRefresh(rendered.current, requested.current, next)) {
        requested.current = next.generation;
        router.refresh();
        window.dispatchEvent(new Event(CONTENT_UPDATED_EVENT));
      }
      setStatus(next);
    });
    return () => source.close();
  }, [router]);

  if (!status) return null;
  const { errors, warnings, errorCount, warningCount } = status;
  const more = (shown: number, total: number) => (total > shown ? <li>… and {total - shown} more: `npm run content:check` lists them all.</li> : null);
  return (
    <>
      <p role="status" style={visuallyHidden}>
        Live preview is on: this page follows the content files as you save them.
      </p>
      {errors.length > 0 && (
        <div role="alert" style={alertStyle}>
          <p style={{ fontWeight: 700, margin: 0 }}>
            {errorCount === 1 ? 'A content error' : `${errorCount} content errors`} (also in the terminal). Fix and
            save: this page updates by itself.
          </p>
          <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
            {errors.map((p) => (
              <li key={`${p.file}|${p.field}|${p.message}`}>
                <span style={mono}>{problemLine(p)}</span> Fix: {p.fix}.
              </li>
            ))}
            {more(errors.length, errorCount)}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details style={warningsStyle}>
          <summary style={{ cursor: 'pointer', fontWeight: 600 }}>
            {warningCount === 1 ? '1 content warning' : `${warningCount} content warnings`}
          </summary>
          <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
            {warnings.map((p) => (
              <li key={`${p.file}|${p.field}|${p.message}`}>
                <span style={mono}>{problemLine(p)}</span> Fix: {p.fix}.
              </li>
            ))}
            {more(warnings.length, warningCount)}
          </ul>
        </details>
      )}
    </>
  );
}
