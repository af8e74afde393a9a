// The live page's script. Adds entries as the server sends them (the browser's EventSource reconnects by itself, with
// Last-Event-ID), shows times in the reader's zone, and counts any entry that arrives twice in data-duplicates (tests
// check it is absent). The page works without it.
(() => {
  'use strict';
  const body = document.body, list = document.getElementById('entry-list'), status = document.getElementById('live-status');
  if (!body.dataset.live || !list) return;
  const lang = body.dataset.lang;
  const localise = (root) => root.querySelectorAll('time[datetime]').forEach((t) => {
    if (t.dataset.localised) return;
    t.dataset.localised = '1';
    const s = document.createElement('span');
    s.className = 'yours';
    s.textContent = ' (' + body.dataset.yours + ': ' + new Date(t.getAttribute('datetime')).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }) + ')';
    t.after(s);
  });
  localise(document);
  if (!('EventSource' in window)) return;
  let duplicates = 0;
  const source = new EventSource('/live/' + encodeURIComponent(body.dataset.live) + '/events?lang=' + lang + '&after=' + body.dataset.last);
  source.addEventListener('entry', (event) => {
    const d = JSON.parse(event.data);
    if (d.replaces) {
      const old = document.getElementById(d.replaces);
      if (old) { old.insertAdjacentHTML('afterend', d.replacement); old.remove(); localise(list); }
    }
    if (document.getElementById(d.anchor)) { duplicates++; body.dataset.duplicates = String(duplicates); return; }
    list.querySelector('.empty')?.remove();
    list.insertAdjacentHTML('afterbegin', d.html);
    localise(list.firstElementChild);
    body.dataset.last = event.lastEventId;
  });
  source.addEventListener('figures', (event) => {
    const d = JSON.parse(event.data);
    const section = document.getElementById('figures-section');
    if (section) section.innerHTML = d.html;
    const feasibility = document.getElementById('feasibility-section');
    if (feasibility && typeof d.feasibility === 'string') feasibility.innerHTML = d.feasibility;
  });
  source.onopen = () => { status.textContent = '\u25CF'; body.dataset.connected = 'true'; };
  source.onerror = () => { status.textContent = '\u2026'; body.dataset.connected = 'false'; };
})();
