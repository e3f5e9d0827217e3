import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Validates a sitemap (or sitemap index) with libxml2 against the sitemaps.org 0.9 schema kept
 * beside this file. Returns the root element's name and libxml2's messages (none when valid).
 * A document that is not well-formed XML throws.
 */
export function sitemapSchemaErrors(xml: string): { root: string; errors: string[] } {
  const doc = XmlDocument.fromString(xml);
  const root = doc.root.name;
  const schemaFile = root === 'sitemapindex' ? 'siteindex.xsd' : 'sitemap.xsd';
  const schema = XmlDocument.fromString(fs.readFileSync(path.join(here, schemaFile), 'utf8'));
  const validator = XsdValidator.fromDoc(schema);
  try {
    validator.validate(doc);
    return { root, errors: [] };
  } catch (error) {
    if (error instanceof XmlLibError) return { root, errors: error.details.map((d) => d.message.trim()) };
    throw error;
  } finally {
    validator.dispose();
    schema.dispose();
    doc.dispose();
  }
}
