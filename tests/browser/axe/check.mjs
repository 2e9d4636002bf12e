// The accessibility check of cemr's public site: every page reachable from each site's start
// page is opened in Debian's Chromium and checked with axe-core against WCAG 2.0 and 2.1, levels
// A and AA (zero violations allowed); every internal link must lead to a file of the site (and
// to an element with the id of its #fragment); every page type must have been seen.
//
//   node check.mjs [--screenshots DIR] SITE_DIR...
//
// Run by tests/browser/site.sh from target/axe/ (scripts/install-axe.sh), where the pinned
// modules are.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const args = process.argv.slice(2);
let shots = null;
if (args[0] === '--screenshots') {
  shots = args[1];
  args.splice(0, 2);
  mkdirSync(shots, { recursive: true });
}
if (args.length === 0) {
  console.error('usage: node check.mjs [--screenshots DIR] SITE_DIR...');
  process.exit(2);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const problems = [];
let checked = 0;
try {
  for (const [index, dir] of args.entries()) {
    const root = path.resolve(dir);
    const start = path.join(root, 'index.html');
    const seen = new Set([start]);
    const queue = [start];
    const types = new Set();
    while (queue.length > 0) {
      const file = queue.shift();
      const relative = path.relative(root, file);
      const page = await browser.newPage();
      // Nothing may be fetched from outside the site's folder.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith(pathToFileURL(root).href) || url.startsWith('data:')) request.continue();
        else {
          problems.push(`${relative}: fetches ${url}`);
          request.abort();
        }
      });
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const info = await page.evaluate(() => ({
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        svg: document.querySelectorAll('main svg').length,
        scripts: document.querySelectorAll('script').length,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
      }));
      if (info.scripts > 0) problems.push(`${relative}: has a script`);
      // The example site fits a 1280-pixel window without scrolling sideways (the hostile one
      // has a 120-letter word, which may not).
      if (index === 0 && info.overflow) problems.push(`${relative}: wider than the window`);
      types.add(pageType(relative, info.svg));
      await page.evaluate(axeSource);
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS,
      );
      for (const v of result.violations) {
        for (const node of v.nodes) {
          problems.push(`${relative}: ${v.id} (${v.impact}): ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary.replace(/\n/g, '\n    ')}`);
        }
      }
      checked += 1;
      for (const href of info.links) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
          problems.push(`${relative}: a link with another scheme: ${href}`);
          continue;
        }
        const [target, fragment] = href.split('#');
        const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(target));
        if (!resolved.startsWith(root + path.sep)) {
          problems.push(`${relative}: ${href} leaves the site`);
        } else if (!existsSync(resolved) || !statSync(resolved).isFile()) {
          problems.push(`${relative}: ${href} leads to no file`);
        } else if (resolved.endsWith('.html') && !seen.has(resolved)) {
          seen.add(resolved);
          queue.push(resolved);
        }
        if (fragment && target === '' && !info.ids.includes(fragment)) {
          problems.push(`${relative}: ${href} leads to no element`);
        }
      }
      if (shots && index === 0 && (relative === 'index.html' || relative === path.join('signatories', 'lulea.html'))) {
        const name = relative === 'index.html' ? 'site-start.png' : 'site-signatory.png';
        await page.screenshot({ path: path.join(shots, name), fullPage: true });
      }
      await page.close();
    }
    for (const type of ['start', 'group', 'signatory with a chart', 'articles', 'statement']) {
      if (!types.has(type)) problems.push(`${dir}: no ${type} page was reached from index.html`);
    }
    console.log(`${dir}: ${seen.size} pages reached and checked`);
  }
} finally {
  await browser.close();
}

function pageType(relative, svg) {
  if (relative === 'index.html') return 'start';
  if (relative === 'articles.html') return 'articles';
  if (relative === 'accessibility.html') return 'statement';
  if (relative.startsWith('groups')) return 'group';
  if (relative.startsWith('signatories')) return svg > 0 ? 'signatory with a chart' : 'signatory';
  return relative;
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`error: ${problems.length} problem(s) in ${checked} pages`);
  process.exit(1);
}
console.log(`ok: ${checked} pages, zero axe-core violations (${TAGS.join(', ')}), every internal link resolves`);
