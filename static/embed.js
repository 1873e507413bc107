/*! Back pain red-flag check: embed loader. docs/embedding.md */
// Put this where the check should appear on a hospital page:
//   <script src="https://<widget origin>/<path>/embed.js" async data-region="uk"></script>
// It adds one <iframe> showing the check from the widget's own origin (decision D4: the
// questionnaire never runs in the host page, so the page's analytics cannot read the answers),
// and keeps the frame as tall as its content. Nothing else: no WebAssembly, no cookies, no
// network requests of its own. The host's CSP needs only script-src and frame-src for the widget
// origin. The frame sends two kinds of message, {type: "ready"} and {type: "resize", height};
// answers and results never leave the frame.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  if (script.getAttribute('data-bpt-loaded') === 'true') return;
  script.setAttribute('data-bpt-loaded', 'true');

  var base = new URL('./', script.src);
  var widgetOrigin = base.origin;
  // data-* attributes become the frame's URL parameters; the widget checks every one of them
  // (engine/src/host_config.rs) and falls back to safe defaults. Only these names are passed.
  var keys = ['lang', 'region', 'hospital-name', 'hospital-link', 'hospital-phone',
    'theme-button', 'theme-link', 'theme-brand'];
  var params = new URLSearchParams();
  for (var i = 0; i < keys.length; i++) {
    var value = script.getAttribute('data-' + keys[i]);
    if (value !== null) params.set(keys[i], value);
  }
  // The page's own origin: the only place the frame will post its ready and resize messages.
  params.set('parent', window.location.origin);

  var frame = document.createElement('iframe');
  frame.src = new URL('index.html?' + params.toString(), base).href;
  frame.title = script.getAttribute('data-title') || 'Back pain: check for warning signs';
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Style through the CSS object model, which a strict style-src on the host still allows.
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.minHeight = '480px';
  frame.style.height = '640px';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    // Only our frame, from the widget's origin, and only the two documented messages.
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.source !== 'backpain-check' || data.v !== 1) return;
    if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
      frame.style.minHeight = '0';
      frame.style.height = Math.ceil(data.height) + 'px';
    } else if (data.type === 'ready') {
      frame.setAttribute('data-bpt-ready', 'true');
    }
  });
})();
