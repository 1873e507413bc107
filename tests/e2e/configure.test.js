'use strict';
// The configuration page for hospital web teams (dist/configure.html; docs/embedding.md, "Try a
// configuration"), on real nginx with deploy/nginx.conf under a sub-path, as hospitals serve it:
// (a) a bad colour (too little contrast, or not a colour) shows its problem next to the field
//     and in the error summary, with its contrast ratio, and the preview keeps the safe default
//     (a good colour then reaches it: the check can fail);
// (b) a good configuration's loader snippet, with the page's own CSP snippet as the whole
//     policy of a host page on another origin, embeds the widget with that configuration;
//     the Copy buttons copy exactly that text, or select it when the browser will not copy;
// (c) axe-core finds nothing on the page, with and without errors (plus reflow at 320 px and
//     target sizes);
// (d) nothing leaves the origin: every request is a GET of a built file (egress oracle, browser
//     and nginx), and what is typed travels only in the preview's URL, as documented settings;
// (e) after one visit the page works offline; a patient's first visit to the widget does not
//     download it (the first-load size budget).
// Also: the page loads the widget's own WebAssembly without mounting the widget, offers every
// region pack and language in content/, and its server headers are deploy/nginx.conf's.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const TOML = require('smol-toml');
const { DIST } = require('./support/harness');
const { newPage } = require('./support/browser');
const { startNginx, useNginxAndBrowser, SUBPATH } = require('./support/nginx');
const { assertEgressClean } = require('./support/egress');
const { startHostPage } = require('./support/host-page');
const { REPO_ROOT } = require('./support/assess');
const { axeViolations, setSize, SIZES, overflowInPage, labelsInPage, targetSizeInPage } = require('./support/a11y');

const REGIONS = TOML.parse(fs.readFileSync(path.join(REPO_ROOT, 'content', 'regions.toml'), 'utf8'));
const LANGUAGES = TOML.parse(fs.readFileSync(path.join(REPO_ROOT, 'content', 'locales', 'languages.toml'), 'utf8')).language;
const DEFAULT_BUTTON = 'rgb(0, 127, 59)'; // NHS green #007f3b, styles/tokens.css

/** Opens the configuration page and waits until its checker (the widget's WebAssembly) runs. */
async function openConfigure(page, url) {
  await page.goto(`${url}configure.html`);
  await page.waitForSelector('html[data-configure-ready="true"]', { state: 'attached' });
}

/** Types into a field as a person would (each key an input event). */
async function type(page, id, text) {
  const field = page.locator(`#${id}`);
  await field.fill('');
  await field.pressSequentially(text);
}

/** The preview frame once it shows the widget for `query` (the accepted settings). */
async function previewFor(page, query) {
  await page.waitForSelector(`#cfg-preview[data-query="${query}"]`, { state: 'attached', timeout: 5000 });
  const frame = await (await page.$('#cfg-preview')).contentFrame();
  assert.ok(frame, 'the preview frame is there');
  const expected = new URL(query ? `index.html?${query}` : 'index.html', page.url()).href;
  for (let i = 0; i < 100 && frame.url() !== expected; i += 1) await page.waitForTimeout(50);
  assert.equal(frame.url(), expected, 'the preview shows the accepted settings');
  await frame.locator('[data-page="intro"]').waitFor();
  return frame;
}

const colourOf = (frame, selector, property) =>
  frame.evaluate(([s, p]) => getComputedStyle(document.querySelector(s))[p], [selector, property]);

describe('the configuration page (nginx, sub-path)', () => {
  const env = useNginxAndBrowser();

  /** Runs `fn(page, extra)` on a fresh page with the configuration page open; then checks for
   *  console errors, CSP violations and that every request was a GET of a built file. */
  async function onConfigure(fn, { allowedOrigins = [] } = {}) {
    const { context, page, problems, requests } = await newPage(env.browser, allowedOrigins.length ? {} : { origin: env.nginx.origin });
    const logMark = env.nginx.accessLog().length;
    try {
      await openConfigure(page, env.nginx.url);
      await fn(page, { context, requests });
      assert.deepEqual(problems, [], 'console errors, CSP violations or requests to another origin');
      assertEgressClean({ browserRequests: requests, serverLog: env.nginx.accessLog().slice(logMark), origin: env.nginx.origin, base: SUBPATH, dist: DIST, allowedOrigins });
    } finally {
      await context.close().catch(() => {});
    }
  }

  it("loads the widget's own WebAssembly without mounting the widget, and offers every region and language", async () => {
    await onConfigure(async (page, { requests }) => {
      // The same glue and .wasm as index.html, by their hashed names.
      const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
      const glue = index.match(/<link rel="modulepreload" href="\.\/([\w.-]+\.js)"/)[1];
      const wasm = index.match(/<link rel="preload" href="\.\/([\w.-]+_bg\.wasm)"/)[1];
      const fetched = requests.map((r) => new URL(r.url).pathname);
      assert.ok(fetched.includes(`${SUBPATH}${glue}`), `the page loads ${glue}`);
      assert.ok(fetched.includes(`${SUBPATH}${wasm}`), `the page loads ${wasm}`);
      // No widget here: no root, no screen, no fallback; the page's own form is what shows.
      const top = await page.evaluate(() => ({
        root: document.querySelectorAll('#bpt-root, #bpt-fallback, [data-page], form[data-step]').length,
        heading: document.querySelector('h1').textContent,
      }));
      assert.deepEqual(top, { root: 0, heading: 'Try a configuration' });

      const options = (id) => page.locator(`#${id} option`).evaluateAll((list) => list.map((o) => ({ value: o.value, text: o.textContent })));
      const regions = await options('cfg-region');
      assert.deepEqual(regions.map((o) => o.value), ['', ...Object.keys(REGIONS)], 'every region pack in content/regions.toml, and "not set"');
      for (const [id, pack] of Object.entries(REGIONS)) {
        assert.match(regions.find((o) => o.value === id).text, new RegExp(`\\(${id}\\): emergency number ${pack.emergency_number}$`));
      }
      const languages = await options('cfg-lang');
      assert.deepEqual(languages.map((o) => o.value), ['', ...LANGUAGES.map((l) => l.code)]);
      assert.deepEqual(languages.slice(1).map((o) => o.text), LANGUAGES.map((l) => `${l.name} (${l.code})`));
      // (The page also compares its options with what the WebAssembly offers, and reports a
      // difference as a console error, which fails this test.)
    });
  });

  it('(a) a bad colour shows its problem and contrast ratio, and the preview keeps the safe default', async () => {
    await onConfigure(async (page) => {
      await previewFor(page, '');
      await page.selectOption('#cfg-region', 'us');
      await type(page, 'cfg-theme-button', '#777777'); // 4.48:1 with white: just too little
      await type(page, 'cfg-theme-link', 'blue'); // not #rgb or #rrggbb

      // Next to each field: the GOV.UK error message, linked to the field.
      const button = page.locator('#cfg-theme-button');
      assert.equal(await button.getAttribute('aria-invalid'), 'true');
      assert.match(await button.getAttribute('aria-describedby'), /cfg-theme-button-error/);
      assert.equal(await page.locator('#cfg-theme-button-error').textContent(), 'Error: Colour contrast below 4.5:1 with white text; using the default.');
      assert.equal(await page.locator('#cfg-theme-button-contrast').innerText(), 'Contrast with white: 4.47 to 1. Too low: it needs at least 4.5 to 1.');
      assert.equal(await page.locator('#cfg-theme-link-error').textContent(), 'Error: Not a colour of the form #rgb or #rrggbb; using the default.');
      assert.equal(await page.locator('#cfg-theme-link-contrast').innerText(), '', 'no contrast for something that is not a colour');
      assert.equal(await page.locator('[data-group="theme-button"]').getAttribute('class'), 'bpt-form-group bpt-form-group--error');
      assert.equal(await page.locator('#cfg-region').getAttribute('aria-invalid'), null, 'a good setting has no error');
      assert.equal(await page.locator('#cfg-region-error').isVisible(), false);

      // The error summary: one link per problem, to its field, in the order of the form.
      const summary = await page.locator('#cfg-error-list a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
      assert.deepEqual(summary, [
        ['#cfg-theme-button', 'Button colour: Colour contrast below 4.5:1 with white text; using the default.'],
        ['#cfg-theme-link', 'Link colour: Not a colour of the form #rgb or #rrggbb; using the default.'],
      ]);
      // Submitting moves focus to the summary (GOV.UK), and its link moves focus to the field.
      await page.locator('button[type="submit"]').click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'cfg-error-summary');
      await page.locator('#cfg-error-list a').first().click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'cfg-theme-button');

      // The preview has the good setting and neither bad one: the widget's safe defaults show.
      let frame = await previewFor(page, 'region=us');
      assert.equal(await colourOf(frame, '.bpt-button--start', 'backgroundColor'), DEFAULT_BUTTON);
      assert.match(await frame.locator('main').innerText(), /\b911\b/, 'the preview uses region us');
      for (const id of ['cfg-snippet-loader', 'cfg-snippet-iframe', 'cfg-snippet-link']) {
        assert.doesNotMatch(await page.locator(`#${id}`).innerText(), /theme|777777|blue/, `${id} leaves the bad colours out`);
      }

      // A good colour then reaches the preview and the code (so the checks above can fail).
      await type(page, 'cfg-theme-button', '#1D4F91');
      assert.equal(await page.locator('#cfg-theme-button-error').isVisible(), false);
      assert.equal(await button.getAttribute('aria-invalid'), null);
      assert.match(await page.locator('#cfg-theme-button-contrast').innerText(), /^Contrast with white: 8\.\d\d to 1\. Enough: it needs at least 4\.5 to 1\.$/);
      assert.equal(await page.inputValue('#cfg-theme-button-picker'), '#1d4f91', 'the picker shows the colour typed');
      assert.deepEqual(await page.locator('#cfg-error-list a').allTextContents(), ['Link colour: Not a colour of the form #rgb or #rrggbb; using the default.']);
      frame = await previewFor(page, 'region=us&theme-button=%231d4f91');
      assert.equal(await colourOf(frame, '.bpt-button--start', 'backgroundColor'), 'rgb(29, 79, 145)');
      const linkColour = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bpt-colour-link').trim());
      assert.equal(linkColour, '#005eb8', 'the link colour keeps its default, NHS blue');

      // A colour picked from the palette is checked the same way.
      await page.locator('#cfg-theme-brand-picker').fill('#eeeeee');
      assert.equal(await page.inputValue('#cfg-theme-brand'), '#eeeeee');
      assert.equal(await page.locator('#cfg-theme-brand-error').textContent(), 'Error: Colour contrast below 3:1 against white; using the default.');
      assert.match(await page.locator('#cfg-theme-brand-contrast').innerText(), /^Contrast with white: 1\.\d\d to 1\. Too low: it needs at least 3 to 1\.$/);
    });
  });

  it('(a) other settings: each problem in plain words next to its field, never in the preview', async () => {
    await onConfigure(async (page) => {
      await type(page, 'cfg-hospital-name', 'St <b>Example</b>');
      await type(page, 'cfg-hospital-link', 'http://st-example.example');
      await type(page, 'cfg-hospital-phone', '12');
      const problems = await page.locator('#cfg-error-list a').allTextContents();
      assert.deepEqual(problems, [
        'Hospital name: Contains < or >, but it is plain text; using the default.',
        'Phone number: Not a phone number (3 to 15 digits; spaces, ( ) - . and a leading + allowed); using the default.',
        'Web page: Not an https: address; using the default.',
      ]);
      const frame = await previewFor(page, '');
      assert.equal(await frame.locator('[data-hospital]').count(), 0, 'no hospital footer from rejected values');
      // Fixed, they are used, in the form the widget reads them.
      await type(page, 'cfg-hospital-name', '  St Example Hospital ');
      await type(page, 'cfg-hospital-link', 'HTTPS://St-Example.example/back-pain');
      await type(page, 'cfg-hospital-phone', 'tel:+1 555 0100');
      assert.equal(await page.locator('#cfg-error-summary').isVisible(), false);
      const query = 'hospital-name=St+Example+Hospital&hospital-link=https%3A%2F%2Fst-example.example%2Fback-pain&hospital-phone=%2B1+555+0100';
      const fixed = await previewFor(page, query);
      assert.match(await fixed.locator('[data-hospital]').innerText(), /St Example Hospital/);
      assert.equal(await fixed.locator('[data-hospital] a[href="tel:+15550100"]').count(), 1);
      assert.equal(await page.locator('#cfg-snippet-link').innerText(), `${env.nginx.url}?${query}`);
    });
  });

  it("(b) a good configuration's loader snippet embeds the widget with that configuration on another origin", async () => {
    let loader;
    let policy;
    let copied;
    await onConfigure(async (page, { context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.nginx.origin });
      await page.selectOption('#cfg-region', 'us');
      await page.selectOption('#cfg-lang', 'es');
      await type(page, 'cfg-hospital-name', 'St Example Hospital');
      await type(page, 'cfg-hospital-phone', '+1 555 0100');
      await type(page, 'cfg-hospital-link', 'https://st-example.example/back-pain');
      await type(page, 'cfg-theme-button', '#1d4f91');
      await type(page, 'cfg-theme-brand', '#330072');
      assert.equal(await page.locator('#cfg-error-summary').isVisible(), false);
      loader = await page.locator('#cfg-snippet-loader').textContent();
      policy = await page.locator('#cfg-snippet-host-csp').textContent();
      assert.equal(policy, `script-src ${env.nginx.origin};\nframe-src ${env.nginx.origin};`);
      assert.equal(
        loader,
        `<script src="${env.nginx.url}embed.js" async\n        data-lang="es"\n        data-region="us"\n        data-hospital-name="St Example Hospital"\n` +
          '        data-hospital-link="https://st-example.example/back-pain"\n        data-hospital-phone="+1 555 0100"\n' +
          '        data-theme-button="#1d4f91"\n        data-theme-brand="#330072"></script>',
      );
      // The Copy button copies exactly the text shown.
      await page.getByRole('button', { name: 'Copy the loader code' }).click();
      await page.locator('#cfg-snippet-loader ~ [role="status"]').filter({ hasText: 'Copied the loader code.' }).waitFor();
      copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, loader);
    });

    // Pasted into a host page whose whole policy is default-src 'none' plus the policy snippet.
    const host = await startHostPage(loader, `default-src 'none'; ${policy.replace(/\n/g, ' ')}`);
    const { context, page, problems, requests } = await newPage(env.browser);
    const logMark = env.nginx.accessLog().length;
    try {
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__violations = (window.__violations || []).concat(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await page.goto(host.url);
      const iframe = page.locator('iframe');
      await iframe.waitFor();
      const src = new URL(await iframe.getAttribute('src'));
      assert.equal(src.origin, env.nginx.origin);
      assert.equal(src.pathname, `${SUBPATH}index.html`);
      assert.equal(src.searchParams.get('parent'), host.origin);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-page="intro"]').waitFor();
      const widget = page.frames().find((f) => f.url().startsWith(env.nginx.origin));
      // The hospital's name and contacts, the region's emergency number, the theme colours.
      assert.match(await widget.locator('[data-hospital]').innerText(), /St Example Hospital/);
      assert.equal(await widget.locator('[data-hospital] a[href="tel:+15550100"]').count(), 1);
      assert.equal(await widget.locator('[data-hospital] a[href="https://st-example.example/back-pain"]').count(), 1);
      const intro = await widget.locator('main').innerText();
      assert.match(intro, new RegExp(`\\b${REGIONS.us.emergency_number}\\b`), 'the emergency number of region us');
      assert.doesNotMatch(intro, new RegExp(`\\b${REGIONS.uk.emergency_number}\\b`));
      assert.equal(await colourOf(widget, '.bpt-button--start', 'backgroundColor'), 'rgb(29, 79, 145)');
      const brand = await widget.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bpt-colour-brand').trim());
      assert.equal(brand, '#330072');
      assert.equal(await widget.locator('.bpt-app').getAttribute('lang'), 'es');
      assert.deepEqual((await page.evaluate(() => window.__violations)) || [], [], "the policy snippet blocked something the loader needs");
      assert.deepEqual(host.requests, ['/']);
      assert.deepEqual(problems, []);
      assertEgressClean({ browserRequests: requests, serverLog: env.nginx.accessLog().slice(logMark), origin: env.nginx.origin, base: SUBPATH, dist: DIST, allowedOrigins: [host.origin] });
    } finally {
      await context.close().catch(() => {});
      await host.close();
    }
  });

  it('(b) without the Clipboard API, Copy selects the text and says how to copy it', async () => {
    const { context, page, problems } = await newPage(env.browser, { origin: env.nginx.origin });
    try {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      await openConfigure(page, env.nginx.url);
      await page.selectOption('#cfg-region', 'eu');
      await page.getByRole('button', { name: 'Copy the iframe code' }).click();
      const status = page.locator('#cfg-snippet-iframe ~ [role="status"]');
      await status.filter({ hasText: 'did not let the page copy' }).waitFor();
      assert.match(await status.innerText(), /press Ctrl\+C, or Command\+C on a Mac/);
      const [selected, shown] = await page.evaluate(() => [String(window.getSelection()), document.getElementById('cfg-snippet-iframe').textContent]);
      assert.equal(selected, shown);
      assert.match(shown, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/tools\/backpain\/index\.html\?region=eu"\n/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close().catch(() => {});
    }
  });

  it("the server headers are deploy/nginx.conf's, the ones nginx sends with the page", async () => {
    await onConfigure(async (page) => {
      const response = await fetch(`${env.nginx.url}configure.html`);
      await response.arrayBuffer();
      const csp = response.headers.get('content-security-policy');
      assert.match(csp, /frame-ancestors/);
      const headers = await page.locator('#cfg-snippet-headers').textContent();
      assert.ok(headers.includes(`Content-Security-Policy: ${csp}\n`), headers);
      const lines = headers.split('\n').map((line) => line.toLowerCase());
      for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'cache-control']) {
        const line = `${name}: ${response.headers.get(name)}`.toLowerCase();
        assert.ok(lines.includes(line), `"${line}" is in the headers snippet`);
      }
      assert.match(headers, /\.wasm: application\/wasm/);
      const conf = fs.readFileSync(path.join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8');
      const nginx = await page.locator('#cfg-snippet-nginx').textContent();
      for (const line of conf.split('\n').filter((l) => /^\s*add_header /.test(l))) assert.ok(nginx.includes(line.trim()), `${line.trim()} is in the nginx snippet`);
      assert.doesNotMatch(nginx, /@[A-Z]+@/);
    });
  });

  it('(c) axe-core finds nothing, with and without errors; it reflows at 320 px; targets are big enough', async () => {
    await onConfigure(async (page) => {
      const check = async (label) => {
        assert.deepEqual(await axeViolations(page), [], `axe-core: ${label}`);
        assert.deepEqual(await page.evaluate(labelsInPage), [], `labels: ${label}`);
        assert.deepEqual((await page.evaluate(targetSizeInPage)).problems, [], `target sizes: ${label}`);
      };
      await check('as it opens');
      await type(page, 'cfg-theme-button', '#eee');
      await type(page, 'cfg-theme-link', 'nope');
      await type(page, 'cfg-hospital-name', '<>');
      await type(page, 'cfg-hospital-phone', 'call us');
      await type(page, 'cfg-hospital-link', 'javascript:alert(1)');
      assert.equal((await page.locator('#cfg-error-list li').count()), 5);
      await check('with five errors');
      await page.locator('button[type="submit"]').click();
      await check('with five errors, after submitting');
      await setSize(page, SIZES.find((s) => s.name === '320 px'));
      const overflow = await page.evaluate(overflowInPage);
      assert.deepEqual(overflow.offenders, [], `no sideways scrolling at 320 px (${overflow.scrollWidth} > ${overflow.width})`);
      await check('with errors at 320 px');
    });
  });

  it('(d) nothing leaves the origin: only GETs of built files, and what is typed only in the preview', async () => {
    const distinctive = 'Canary Infirmary 7731';
    await onConfigure(async (page, { requests }) => {
      await type(page, 'cfg-hospital-name', distinctive);
      await type(page, 'cfg-theme-button', '#123');
      await type(page, 'cfg-hospital-phone', '+44 1632 960 773');
      await previewFor(page, 'hospital-name=Canary+Infirmary+7731&hospital-phone=%2B44+1632+960+773&theme-button=%23112233');
      await page.getByRole('button', { name: 'Copy the link' }).click();
      await page.locator('button[type="submit"]').click();
      await page.waitForTimeout(500);
      // Every request: a GET with no body, of the origin's built files (the oracle, run by
      // onConfigure on the browser's requests and nginx's log). The values typed appear only in
      // the preview's page address, as the documented settings a host puts there.
      const carrying = requests.filter((r) => /Canary|7731|960/.test(decodeURIComponent(r.url.replace(/\+/g, ' '))));
      assert.ok(carrying.length >= 1, 'the preview page was requested with the settings');
      for (const r of carrying) {
        const url = new URL(r.url);
        assert.equal(url.pathname, `${SUBPATH}index.html`, `typed values in ${r.url}`);
        assert.equal(r.type, 'document');
        assert.equal(r.method, 'GET');
      }
      assert.ok(requests.every((r) => r.method === 'GET' && !r.hasBody));
      // No storage but the page's own files: no cookies, local storage or IndexedDB.
      const stored = await page.evaluate(async () => ({ local: localStorage.length, cookie: document.cookie, idb: (await indexedDB.databases()).length }));
      assert.deepEqual(stored, { local: 0, cookie: '', idb: 0 });
    });
  });

  it("(e) works offline after one visit; a patient's first visit does not download it", async () => {
    const nginx = await startNginx(DIST);
    const { context, page, problems, requests } = await newPage(env.browser, { origin: nginx.origin });
    const patient = await newPage(env.browser, { origin: nginx.origin });
    const cachedPaths = (p) =>
      p.evaluate(async () => {
        const urls = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls.sort();
      });
    const ownFiles = ['configure.html', ...fs.readdirSync(DIST).filter((f) => /^configure-[0-9a-f]{16}\.(js|css)$/.test(f))].map((f) => `${SUBPATH}${f}`);
    try {
      assert.equal(ownFiles.length, 3, `configure.html, its script and its styles: ${ownFiles.join(', ')}`);
      // A patient: the widget's first visit installs the service worker, which does not fetch
      // or keep this page (size-budget.test.js measures that visit).
      await patient.page.goto(nginx.url);
      await patient.page.locator('[data-page="intro"]').waitFor();
      await patient.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await patient.page.waitForTimeout(500);
      const patientCache = await cachedPaths(patient.page);
      assert.ok(patientCache.some((p) => p.endsWith('.wasm')), `the widget is precached: ${patientCache.join(', ')}`);
      for (const file of ownFiles) assert.ok(!patientCache.includes(file), `${file} is cached on a patient's first visit`);
      assert.ok(!patient.requests.some((r) => /\/configure[.-]/.test(r.url)), "a patient's first visit fetched the configuration page");
      assert.deepEqual(patient.problems, []);

      // One visit to the configuration page: it keeps its own files; the widget's are precached.
      await openConfigure(page, nginx.url);
      await page.waitForSelector('html[data-configure-offline="true"]', { state: 'attached' });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await previewFor(page, '');
      const cached = await cachedPaths(page);
      for (const file of ownFiles) assert.ok(cached.includes(file), `${file} is cached (cache holds ${cached.join(', ')})`);

      // No network at all: nginx stopped and the browser offline.
      await nginx.stop();
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('html[data-configure-ready="true"]', { state: 'attached' });
      await page.selectOption('#cfg-region', 'au');
      await type(page, 'cfg-theme-link', '#abcdef');
      assert.equal(await page.locator('#cfg-theme-link-error').textContent(), 'Error: Colour contrast below 4.5:1 against white; using the default.');
      const frame = await previewFor(page, 'region=au');
      assert.match(await frame.locator('main').innerText(), new RegExp(`\\b${REGIONS.au.emergency_number}\\b`));
      assert.match(await page.locator('#cfg-snippet-loader').innerText(), /data-region="au"/);
      assert.deepEqual(problems, []);
      assertEgressClean({ browserRequests: requests, serverLog: nginx.accessLog(), origin: nginx.origin, base: SUBPATH, dist: DIST });

      // Negative control: a browser that never opened the page cannot open it offline.
      const fresh = await newPage(env.browser);
      try {
        await fresh.context.setOffline(true);
        await assert.rejects(fresh.page.goto(`${nginx.url}configure.html`), /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
      } finally {
        await fresh.context.close().catch(() => {});
      }
    } finally {
      await context.close().catch(() => {});
      await patient.context.close().catch(() => {});
      await nginx.stop();
      nginx.cleanup();
    }
  });
});
