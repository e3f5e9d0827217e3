import type { CSSProperties } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_SIZE, CARD_TYPE, cardPlan } from '@/lib/og/card';
import { cachedCardPng, cardCache, type CardCache } from '@/lib/og/card-cache';
import type { CardFont } from '@/lib/og/fonts';
import { CARD, type Block, type CardData, type CardLayout, type Segment } from '@/lib/og/layout';

/*
 * The 1200×630 social card, drawn by satori (the same satori next/og bundles): flexbox only, inline
 * styles only. Lines arrive already broken and sized by lib/og/layout.ts; this only draws them.
 */

const INK = '#18181b';
const MUTED = '#52525b';
const BRAND = '#c8102e';

function SegmentView({ segment, block }: { segment: Segment; block: Block }) {
  const size = block.size;
  const margin = segment.gap ? block.gap : 0;
  if (segment.kind === 'text') return <span style={{ marginLeft: margin, whiteSpace: 'pre' }}>{segment.text}</span>;
  const box: CSSProperties = { width: size, height: size, marginLeft: margin + size * 0.05, marginRight: size * 0.05 };
  if (segment.kind === 'emoji') {
    // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>; next/image does not apply here.
    return <img src={segment.src} alt="" style={box} />;
  }
  return <span style={{ ...box, border: `${Math.max(2, size / 16)}px solid ${MUTED}`, borderRadius: size / 10 }} />;
}

function Lines({ block, style }: { block: Block; style: CSSProperties }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', fontSize: block.size, lineHeight: block.lineHeight, ...style }}>
      {block.lines.map((line, i) => (
        <div key={i} style={{ display: 'flex', alignItems: 'center', whiteSpace: 'pre' }}>
          {line.map((segment, j) => (
            <SegmentView key={j} segment={segment} block={block} />
          ))}
        </div>
      ))}
    </div>
  );
}

export function SocialCard({ layout }: { layout: CardLayout }) {
  return (
    <div
      style={{
        width: CARD.width,
        height: CARD.height,
        display: 'flex',
        flexDirection: 'column',
        padding: `${CARD.padY}px ${CARD.padX}px`,
        background: '#ffffff',
        color: INK,
        fontFamily: layout.faces[0]!.name,
        borderTop: `12px solid ${BRAND}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <div
          style={{
            display: 'flex',
            width: CARD.logo,
            height: CARD.logo,
            alignItems: 'center',
            justifyContent: 'center',
            background: BRAND,
            color: '#ffffff',
            fontSize: 28,
            fontWeight: 700,
            marginRight: 24,
          }}
        >
          OI
        </div>
        <Lines block={layout.brand} style={{ fontWeight: 700 }} />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', margin: `${CARD.gap}px 0` }}>
        {layout.kicker && <Lines block={layout.kicker} style={{ fontWeight: 700, color: BRAND, marginBottom: 14 }} />}
        <Lines block={layout.title} style={{ fontWeight: 700, letterSpacing: 0 }} />
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', borderTop: '2px solid #e4e4e7', paddingTop: 20 }}>
        <Lines block={layout.details} style={{ fontWeight: 400, color: MUTED }} />
        <Lines block={layout.host} style={{ fontWeight: 700, color: BRAND }} />
      </div>
    </div>
  );
}

// Low zlib effort: 1-3 ms less CPU a card than sharp's default 6, for 17 % larger files (bench/cards.mjs, README Design).
const PNG_COMPRESSION = 2;

/** A laid-out card as PNG: satori draws the SVG, sharp (libvips, librsvg) turns it into pixels. */
export async function drawCard(layout: CardLayout, fonts: CardFont[]): Promise<Buffer> {
  const svg = await satori(<SocialCard layout={layout} />, { ...CARD_SIZE, fonts });
  return sharp(Buffer.from(svg)).png({ compressionLevel: PNG_COMPRESSION }).toBuffer();
}

/** A card's PNG, from the card cache when it holds this exact card (lib/og/card-cache.ts). */
export function cardPng(data: CardData, cache: CardCache | null = cardCache()): Promise<Buffer> {
  const { layout, fonts } = cardPlan(data);
  return cachedCardPng(layout, fonts, () => drawCard(layout, fonts), cache);
}

/** A card as the PNG response every opengraph-image route returns, drawn at build time. */
export async function cardImage(data: CardData): Promise<Response> {
  return new Response(new Uint8Array(await cardPng(data)), { headers: { 'Content-Type': CARD_TYPE } });
}
