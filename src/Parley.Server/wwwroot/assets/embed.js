// The embeddable counter's script: follows the exchange's event stream (resuming after the position the widget was
// rendered at) and, when the figures move, reads the counter again; a key entry becomes the latest key event. The
// widget reads without it.
(() => {
  'use strict';
  const body = document.body, counter = document.getElementById('counter'), latest = document.getElementById('latest-text');
  if (!body.dataset.live || !('EventSource' in window)) return;
  const live = encodeURIComponent(body.dataset.live), lang = body.dataset.lang;
  const refresh = () => fetch('/live/' + live + '/counter.json?lang=' + lang, { cache: 'no-cache' })
    .then((r) => r.ok ? r.json() : null)
    .then((c) => { if (c) { counter.textContent = c.text; body.dataset.through = String(c.through); } })
    .catch(() => {});
  const source = new EventSource('/live/' + live + '/events?lang=' + lang + '&after=' + body.dataset.last);
  source.addEventListener('figures', refresh);
  source.addEventListener('entry', (event) => {
    const d = JSON.parse(event.data);
    if (!d.key) return;
    const t = document.createElement('template');
    t.innerHTML = d.html;
    const text = t.content.querySelector('.body');
    if (text) latest.textContent = text.textContent.trim();
  });
  source.onopen = () => { body.dataset.connected = 'true'; };
})();
