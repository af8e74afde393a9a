// The desk's live updates. An exchange's pages name their event stream in data-events; when the server says the exchange
// changed (a list, a decision, a confirmation, an interview) or a reconciliation run moved on, the page fetches itself
// again with the reader's own session and swaps in the new <main>: what it shows is rendered and filtered by the server,
// exactly as on a reload. A form being filled in is never swapped away: the page says it changed and offers a reload.
// Every page works without this file (the reconciliation page then reloads itself).
(() => {
  'use strict';
  const body = document.body, url = body.dataset.events;
  if (!url || !('EventSource' in window) || !('fetch' in window)) return;
  let fetching = false, again = false;

  // A field whose value the reader changed, or a file chosen: swapping the page would lose it.
  const editing = () => Array.from(document.querySelectorAll('#main input, #main textarea, #main select')).some((f) =>
    f.type === 'file' ? f.files && f.files.length > 0
    : f.type === 'checkbox' || f.type === 'radio' ? f.checked !== f.defaultChecked
    : f.tagName === 'SELECT' ? Array.from(f.options).some((o) => o.selected !== o.defaultSelected)
    : f.type !== 'hidden' && f.value !== f.defaultValue);

  const tell = () => {
    if (document.getElementById('desk-changed')) return;
    const note = document.createElement('p');
    note.id = 'desk-changed';
    note.className = 'notice';
    note.setAttribute('role', 'status');
    const link = document.createElement('a');
    link.href = location.href;
    link.textContent = body.dataset.changed || 'This page has changed: reload it';
    note.append(link);
    document.getElementById('main')?.prepend(note);
  };

  const refresh = async () => {
    if (fetching) { again = true; return; }
    if (editing()) { tell(); return; }
    fetching = true;
    try {
      const response = await fetch(location.href, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'text/html' } });
      // Signed out, revoked or gone: stop listening; the next navigation shows why.
      if (!response.ok || response.redirected) { source.close(); return; }
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('main');
      const main = document.getElementById('main');
      if (!next || !main || editing()) { tell(); return; }
      const focused = document.activeElement && document.activeElement.id;
      main.replaceWith(document.adoptNode(next));
      if (focused) document.getElementById(focused)?.focus();
      body.dataset.updates = String(Number(body.dataset.updates || '0') + 1);
    } catch {
      // The network failed: the stream reconnects by itself and the next event tries again.
    } finally {
      fetching = false;
      if (again) { again = false; refresh(); }
    }
  };

  const source = new EventSource(url);
  source.addEventListener('changed', refresh);
  source.addEventListener('job', refresh);
  source.onopen = () => { body.dataset.connected = 'true'; };
  source.onerror = () => { body.dataset.connected = 'false'; };
})();
