import { adminFilePath, homePath } from '../paths';
import { displayDate, parseCmsDate } from '../rules/dates';
import {
  AUTHORS_COLLECTION,
  authorSavePatches,
  CATEGORIES_WIDGET,
  CMS_FORMAT,
  fromFile,
  POSTS_COLLECTION,
  postSavePatches,
  randomUuid,
  toFile,
} from './cms-format';

/*
 * /admin/cms.js: runs in the editor's browser before Decap CMS's bundle (scripts/cms-admin.mjs
 * bundles it). It registers the site's file format, the category picker, the post preview and the
 * save hook, then starts the CMS with /admin/config.json.
 */

// Decap's bundle exposes these globals; its React is not the site's, so previews use its `h`.
type Immutable = { get: (k: string) => unknown; getIn: (p: string[]) => unknown; setIn: (p: string[], v: unknown) => Immutable; toJS: () => unknown };
type Props = Record<string, unknown> & { value?: unknown; onChange: (v: unknown) => void; field: Immutable; forID: string; classNameWrapper: string };
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type Cms = {
  init: (o: { config: Record<string, unknown> }) => void;
  registerCustomFormat: (name: string, ext: string, f: { fromFile: (c: string) => unknown; toFile: (d: Record<string, unknown>, order?: string[]) => string }) => void;
  registerWidget: (name: string, control: unknown, preview: unknown) => void;
  registerPreviewTemplate: (name: string, template: unknown) => void;
  registerPreviewStyle: (href: string) => void;
  registerEventListener: (l: { name: string; handler: (a: { entry: Immutable }) => unknown }) => void;
};
type Category = { value: string; label: string };
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Cms;
    h?: H;
    createClass?: (spec: Record<string, unknown>) => unknown;
  }
}

window.CMS_MANUAL_INIT = true;

// Decap calls crypto.randomUUID, which exists only in secure contexts: an editor who opens the network
// address over plain http (a phone) would get "crypto.randomUUID is not a function" instead of the CMS.
if (typeof crypto !== 'undefined' && typeof crypto.randomUUID !== 'function') {
  Object.defineProperty(crypto, 'randomUUID', { value: () => randomUuid(), configurable: true });
}

const plain = (v: unknown): unknown => (v && typeof (v as Immutable).toJS === 'function' ? (v as Immutable).toJS() : v);
const categoryList = (v: unknown): Category[] => {
  const list = plain(v);
  return Array.isArray(list) ? list.filter((c): c is Category => typeof c?.label === 'string') : [];
};

function categoriesWidget(h: H, createClass: NonNullable<Window['createClass']>) {
  const control = createClass({
    render(this: { props: Props }) {
      const { value, onChange, field, forID, classNameWrapper } = this.props;
      const chosen = categoryList(value);
      const options = (plain(field.get('options')) as Category[] | undefined) ?? [];
      const all = [...options, ...chosen.filter((c) => !options.some((o) => o.label === c.label))];
      const toggle = (c: Category, on: boolean) =>
        onChange(on ? [...chosen, { value: c.value, label: c.label }] : chosen.filter((x) => x.label !== c.label));
      return h(
        'div',
        { id: forID, className: classNameWrapper, role: 'group', 'aria-label': 'Categories' },
        ...all.map((c) =>
          h(
            'label',
            { key: c.label, style: { display: 'block', padding: '4px 0' } },
            h('input', { type: 'checkbox', checked: chosen.some((x) => x.label === c.label), onChange: (e: { target: { checked: boolean } }) => toggle(c, e.target.checked) }),
            ` ${c.label}`,
          ),
        ),
      );
    },
  });
  const preview = (props: { value?: unknown }) => h('span', null, categoryList(props.value).map((c) => c.label).join(', '));
  return { control, preview };
}

/** The post as the article page draws it: categories, title, byline, body, with the site's classes. */
function postPreview(h: H, createClass: NonNullable<Window['createClass']>) {
  return createClass({
    render(this: { props: { entry: Immutable; widgetFor: (name: string) => unknown } }) {
      const { entry, widgetFor } = this.props;
      const data = (plain(entry.get('data')) ?? {}) as Record<string, unknown>;
      const iso = parseCmsDate(data.date);
      const categories = categoryList(data.category);
      return h(
        'article',
        { className: 'mx-auto max-w-3xl p-6' },
        h(
          'header',
          { className: 'mb-8 flex flex-col gap-4' },
          categories.length > 0 &&
            h('ul', { className: 'flex flex-wrap gap-2' }, ...categories.map((c) => h('li', { key: c.label, className: 'inline-block rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-700' }, c.label))),
          h('h1', { className: 'text-2xl font-bold leading-tight tracking-tight text-zinc-900 sm:text-4xl' }, String(data.title ?? '')),
          h('p', { className: 'text-sm text-zinc-600' }, `By ${String(data.author ?? '')}`, iso ? ` · ${displayDate(iso)}` : ''),
        ),
        h('div', { className: 'prose prose-zinc max-w-none prose-a:text-brand-700' }, widgetFor('body')),
      );
    },
  });
}

/** The site's own stylesheets, as the home page links them (their names are hashed per build). */
async function siteStylesheets(): Promise<string[]> {
  try {
    const html = await (await fetch(homePath())).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => new URL(l.getAttribute('href') ?? '', location.href).href);
  } catch {
    return [];
  }
}

async function start() {
  const { CMS, h, createClass } = window;
  if (!CMS || !h || !createClass) throw new Error('Decap CMS did not load (/admin/decap-cms.js)');
  const config = (await (await fetch(adminFilePath('config.json'))).json()) as Record<string, unknown>;
  // SITE_URL as cms:build saw it: a new post's seo.url is on the live origin, whatever address the editor opened.
  const siteOrigin = String(config.site_url);
  const local = config.local_backend as { url: string } | undefined;
  if (local) {
    // decap-server behind next dev, on whatever address the editor opened (localhost, 127.0.0.1, the
    // network one): same origin, so its CORS rule (localhost and 127.0.0.1 only) never applies.
    config.local_backend = { url: new URL(local.url, location.origin).href, allowed_hosts: [location.hostname] };
    // "View live" then opens this dev server's page, not SITE_URL's.
    Object.assign(config, { site_url: location.origin, display_url: location.origin });
  }
  CMS.registerCustomFormat(CMS_FORMAT, 'md', { fromFile, toFile });
  const widget = categoriesWidget(h, createClass);
  CMS.registerWidget(CATEGORIES_WIDGET, widget.control, widget.preview);
  CMS.registerPreviewTemplate(POSTS_COLLECTION, postPreview(h, createClass));
  for (const href of await siteStylesheets()) CMS.registerPreviewStyle(href);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const data = entry.get('data') as Immutable;
      const values = (plain(data) ?? {}) as Record<string, unknown>;
      const isNew = entry.get('newRecord') === true;
      const patches = collection === POSTS_COLLECTION ? postSavePatches(values, isNew, siteOrigin) : collection === AUTHORS_COLLECTION ? authorSavePatches(values, isNew) : [];
      return patches.reduce((d, [p, v]) => d.setIn(p, v), data);
    },
  });
  CMS.init({ config });
}

document.addEventListener('DOMContentLoaded', () => void start());
