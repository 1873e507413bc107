// Writes the service worker that makes the widget work offline (issue 4, decision D5), with
// Workbox's build tool: it lists every built file with a revision hash, so the precache list is
// never kept by hand and follows Trunk's hashed file names.
//
// Called by tools/post-build.mjs (trunk's post_build hook) on the staging directory.
//
// What the worker does (all Workbox, bundled into one file so it needs nothing from elsewhere):
// - on install, fetches each listed file once (plain GETs of the same URLs the page uses) and
//   keeps them in a cache of its own; cleans up the caches of earlier versions;
// - answers every request for a listed file from that cache, so after one online visit the page,
//   the questionnaire and the result work with no network at all; the page's configuration
//   parameters (?lang=…&region=…) are ignored when looking a page up;
// - a new version installs in the background and waits. It takes over only when the page asks
//   ({type: "SKIP_WAITING"}), which the widget does only while no questionnaire is in progress
//   (src/offline.rs), so content never changes in the middle of someone's answers;
// - the configuration page for hospital web teams (configure.html) is not in that list, so a
//   patient's first visit does not download it: its files are cached when it is opened, and
//   answered from the network first, else from that cache (so it works offline after a visit).
import { generateSW } from 'workbox-build';
import path from 'node:path';

/** The configuration page's own files, by URL (static/configure.js caches the same ones). */
export const CONFIGURE_PAGE = /\/configure(-[0-9a-f]{16})?\.(html|js|css)$/;
/** Where they are kept (static/configure.js uses the same name). */
export const CONFIGURE_CACHE = 'backpain-check-configure';

/** Writes `<dir>/sw.js`; throws if Workbox warns or finds too little to precache. */
export async function writeServiceWorker(dir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    // Every file the page can load. The loader (embed.js) runs on the host's page, never here;
    // questionnaire.fhir.json is for hospital systems and the widget never loads it, so a
    // patient's phone does not download its 60 KB on the first visit. Nor the
    // configuration page for web teams (configure.html and its configure-<hash>.js and .css):
    // it is cached when someone opens it (CONFIGURE_PAGE below), not on a patient's first visit.
    // The language files (lang/*.txt) are in it too: a language chosen offline works.
    globPatterns: ['**/*.{html,js,wasm,css,webmanifest,png,svg,json,txt}'],
    globIgnores: ['embed.js', 'sw.js', 'questionnaire.fhir.json', '**/*.map', 'configure.html', 'configure-*.js', 'configure-*.css'],
    // The configuration page works offline once opened: its three files are kept in a cache of
    // their own (static/configure.js puts them there on each visit and removes older versions),
    // and answered from the network when there is one, else from that cache. The WebAssembly
    // and style sheets it shares with the widget are in the precache above.
    runtimeCaching: [
      {
        urlPattern: CONFIGURE_PAGE,
        handler: 'NetworkFirst',
        options: { cacheName: CONFIGURE_CACHE },
      },
    ],
    // Trunk puts a content hash in the names of the files it builds (backpain-widget-<hash>.js,
    // _bg.wasm, the style sheets, start-<hash>.js): their URL changes with their bytes, so they
    // need no revision of their own in the precache list.
    dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|txt)$/,
    swDest: path.join(dir, 'sw.js'),
    // One self-contained file: no workbox-sw loaded from a CDN or from other files.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // The wasm is well under this, but the default (2 MiB) would drop it silently if it grew.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Configuration arrives as URL parameters (docs/embedding.md): the same cached page serves them all.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    // Wait for the page's go-ahead (see above) instead of taking over at once.
    skipWaiting: false,
    clientsClaim: false,
    disableDevLogs: true,
    cacheId: 'backpain-check',
  });
  if (warnings.length > 0) throw new Error(`Workbox warned: ${warnings.join('; ')}`);
  if (count < 4) {
    throw new Error(`only ${count} files found in ${dir}; expected the page, its script, wasm and styles`);
  }
  return { count, size };
}
