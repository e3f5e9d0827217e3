// A deterministic synthetic archive in the editors' frontmatter format (Netlify CMS), for the
// benchmark. Same N, same files, byte for byte: everything comes from one seeded PRNG.
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  ['category-A7fnZYrE1', 'News & Announcements'],
  ['category-Bq2kLmN3x', 'Community'],
  ['category-C9pRtV5wz', 'OpenStack'],
  ['category-D4hJkP8sq', 'Kata Containers'],
  ['category-E6tYuI1op', 'StarlingX'],
  ['category-F2gHjK7lm', 'Zuul'],
  ['category-G8vBnM3as', 'Events'],
  ['category-H1cXzQ9we', 'Case Studies'],
  ['category-J5rTyU2io', 'Releases'],
];

const FIRST = ['Allison', 'Jonathan', 'Jimmy', 'Thierry', 'Ildikó', 'Kendall', 'Jeremy', 'Clark', 'Helena', 'Sunny', 'Mark', 'Lauren', 'Amy', 'Wes', 'Julia', 'Ghanshyam', 'Rico', 'Ashlee', 'Erin', 'Chris', 'Kristin', 'Sean', 'Brian', 'Mohammed', 'Yuki', 'Priya', 'Lars', 'Ana', 'Tomasz', 'Fatima', 'Diego', 'Mei', 'Olusegun', 'Greta', 'Hiroshi', 'Noor', 'Pablo', 'Ingrid', 'Ravi', 'Zoë'];
const LAST = ['Price', 'Bryce', 'McArthur', 'Carrez', 'Váncsa', 'Nelson', 'Stanley', 'Boylan', 'Spease', 'Cho', 'Collier', 'Sell', 'Marrich', 'Wilson', 'Kreger', 'Mann', 'Lin', 'Smith', 'Mead', 'Hoge', 'Baker', 'Murphy', 'Rosmaita', 'Farouk', 'Tanaka', 'Raman', 'Nilsson', 'Souza', 'Kowalski', 'Haddad', 'Ortega', 'Wang', 'Adeyemi', 'Lindqvist', 'Sato', 'Rahman', 'García', 'Berg', 'Iyer', 'Dubois'];

const SUBJECTS = ['OpenStack', 'Kata Containers', 'StarlingX', 'Zuul', 'Airship', 'OpenInfra Labs', 'the OpenInfra Summit', 'the Technical Committee', 'the edge working group', 'Ironic', 'Nova', 'Neutron', 'Cinder', 'Magnum', 'Octavia', 'Kolla', 'the CI system', 'the release team'];
const VERBS = ['Ships', 'Welcomes', 'Announces', 'Expands', 'Celebrates', 'Introduces', 'Improves', 'Rethinks', 'Scales', 'Secures', 'Simplifies', 'Explores'];
const OBJECTS = ['a New Release', 'Hybrid Cloud Support', 'Better Upgrade Paths', '5G Workloads', 'Confidential Computing', 'GPU Scheduling', 'a New Member', 'Its Largest Contributor Cycle', 'Bare Metal Automation', 'Edge Deployments', 'Multi-Region Clouds', 'Faster Gate Jobs', 'SBOM Support', 'IPv6-Only Networks', 'Live Migration', 'the Project Teams Gathering'];
const WORDS = 'open infrastructure community contributors operators deploy clusters release cycle upstream downstream network storage compute virtual machines containers kernel isolation workloads scale production telemetry upgrade migration documentation review gate pipeline patch feature bug fix performance latency throughput security vulnerability governance foundation members sponsors summit keynote session workshop mentoring onboarding users survey region availability hardware accelerators scheduler placement quota tenant project identity federation policy automation tooling ansible kubernetes helm operator charts bare metal provisioning firmware edge site telco carrier 5G radio core orchestration hybrid public private cloud data center energy efficiency sustainability roadmap milestone freeze branch stable maintenance'.split(' ');

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function sentence(rnd) {
  const n = int(rnd, 8, 24);
  const words = Array.from({ length: n }, () => pick(rnd, WORDS));
  if (rnd() < 0.25) words[int(rnd, 0, n - 1)] = `[${pick(rnd, SUBJECTS)}](https://openinfra.dev/projects/${slugify(pick(rnd, SUBJECTS))})`;
  if (rnd() < 0.2) words[int(rnd, 0, n - 1)] = `**${pick(rnd, WORDS)} ${pick(rnd, WORDS)}**`;
  if (rnd() < 0.1) words[int(rnd, 0, n - 1)] = `\`${pick(rnd, WORDS)}-${pick(rnd, WORDS)}\``;
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

const paragraph = (rnd) => Array.from({ length: int(rnd, 2, 6) }, () => sentence(rnd)).join(' ');

/** A body of 1–10 KB (about 4.7 KB on average, like the real archive): paragraphs, headings, lists, now and then a quote, table or code. */
function body(rnd) {
  const blocks = [];
  const sections = int(rnd, 1, 5);
  blocks.push(paragraph(rnd));
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}`);
    for (let p = int(rnd, 1, 2); p > 0; p--) blocks.push(paragraph(rnd));
    const r = rnd();
    if (r < 0.3) blocks.push(Array.from({ length: int(rnd, 3, 6) }, () => `* ${sentence(rnd)}`).join('\n'));
    else if (r < 0.4) blocks.push(`> ${sentence(rnd)} ${sentence(rnd)}`);
    else if (r < 0.47) {
      const rows = Array.from({ length: int(rnd, 2, 5) }, () => `| ${pick(rnd, SUBJECTS)} | ${int(rnd, 1, 900)} | ${pick(rnd, WORDS)} |`);
      blocks.push(['| Project | Changes | Focus |', '| --- | ---: | --- |', ...rows].join('\n'));
    } else if (r < 0.52) blocks.push(['```yaml', `${pick(rnd, WORDS)}:`, `  ${pick(rnd, WORDS)}: ${int(rnd, 1, 64)}`, `  ${pick(rnd, WORDS)}: true`, '```'].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

const yamlString = (s) => (/[:#@&*!|>'"%`{}[\],]|^\s|\s$/.test(s) ? JSON.stringify(s) : s);

function authorsFor(rnd) {
  const count = int(rnd, 36, 48);
  const people = [];
  const seen = new Set();
  while (people.length < count) {
    const name = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
    const slug = slugify(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    people.push({ name, slug, profile: rnd() < 0.75 });
  }
  return people;
}

function authorFile(person, rnd) {
  const lines = ['---', `authorName: ${yamlString(person.name)}`, `company: ${yamlString(pick(rnd, ['OpenInfra Foundation', 'Red Hat', 'Ericsson', 'Huawei', 'Wind River', 'Canonical', 'Independent']))}`];
  lines.push(`bio: ${yamlString(`${sentence(rnd)} ${sentence(rnd)}`)}`);
  if (rnd() < 0.5) lines.push(`twitter: "@${person.slug.replace(/-/g, '').slice(0, 14)}"`);
  lines.push('---', '');
  return lines.join('\n');
}

/**
 * Writes N posts into `<contentDir>/posts` and author profiles into `<contentDir>/authors`.
 * Returns counts. About 1 post in 200 is hidden; a tenth name two authors; a fifth carry two categories.
 */
export function writeArchive(contentDir, count, { seed = 20240531, onProgress } = {}) {
  const rnd = prng(seed);
  const postsDir = path.join(contentDir, 'posts');
  const authorsDir = path.join(contentDir, 'authors');
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(postsDir, { recursive: true });
  fs.mkdirSync(authorsDir, { recursive: true });

  const people = authorsFor(rnd);
  for (const person of people) if (person.profile) fs.writeFileSync(path.join(authorsDir, `${person.slug}.md`), authorFile(person, rnd));

  const slugs = new Set();
  const start = Date.UTC(2011, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  let hidden = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let title = `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}`;
    title = title[0].toUpperCase() + title.slice(1);
    let slug = slugify(title);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title)}-${n}`;
    slugs.add(slug);
    const writers = rnd() < 0.1 ? [pick(rnd, people), pick(rnd, people)] : [pick(rnd, people)];
    const author = [...new Set(writers.map((p) => p.name))].join(' and ');
    const date = new Date(start + Math.floor(rnd() * span)).toISOString();
    const cats = rnd() < 0.2 ? [pick(rnd, CATEGORIES), pick(rnd, CATEGORIES)] : [pick(rnd, CATEGORIES)];
    const isHidden = i % 200 === 199;
    if (isHidden) hidden++;
    const text = body(rnd);
    const lines = ['---', 'templateKey: blog-post', `title: ${yamlString(title)}`, `author: ${yamlString(author)}`, `date: ${date}`, 'category:'];
    for (const [value, label] of new Map(cats.map((c) => [c[0], c])).values()) lines.push(`  - value: ${value}`, `    label: ${yamlString(label)}`);
    lines.push(`hidePost: ${isHidden}`, 'seo:');
    if (rnd() < 0.6) lines.push(`  title: ${yamlString(title)}`);
    lines.push(`  description: ${yamlString(sentence(rnd).slice(0, 150))}`, `  url: https://openinfra.dev/blog/${slug}`);
    if (rnd() < 0.5) lines.push('  twitterUsername: "@OpenInfraDev"');
    lines.push('---', text);
    const file = lines.join('\n');
    bytes += Buffer.byteLength(file);
    fs.writeFileSync(path.join(postsDir, `${slug}.md`), file);
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  }
  return { posts: count, hidden, authors: people.length, profiles: people.filter((p) => p.profile).length, categories: CATEGORIES.length, bytes };
}
