namespace Parley.Server.Live;

/// <summary>The live page's stylesheet and script, served from memory (no build step, nothing from elsewhere).</summary>
public static class Assets
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #d0d0d0; --key: #8a1c00; --a: #1f4e8c; --b: #9c5a00; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 46rem; padding: 0 1rem 3rem; font: 1.05rem/1.55 system-ui, sans-serif; color: var(--ink); background: #fff; }
        a { color: #0b4f9c; }
        .skip { position: absolute; left: -9999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 1rem; }
        .site { margin: .75rem 0 0; font-weight: 600; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .5rem; }
        .languages { list-style: none; display: flex; gap: 1rem; padding: 0; margin: 0 0 .75rem; }
        .languages a[aria-current] { font-weight: 700; color: var(--ink); }
        .counter { font-size: 1.25rem; font-weight: 700; margin: .25rem 0; }
        .terms, .note, .meta, footer { color: var(--muted); }
        .chart { max-width: 100%; height: auto; } .chart .label, .chart .value { font: 13px system-ui, sans-serif; fill: var(--ink); }
        .chart .planned { fill: #e6e6e6; } .chart .released.a { fill: var(--a); } .chart .released.b { fill: var(--b); }
        .stages { font-size: .9rem; color: var(--muted); }
        .entry { border-top: 1px solid var(--line); padding: .75rem 0; }
        .entry.key { border-left: 4px solid var(--key); padding-left: .75rem; }
        .badge { color: var(--key); text-transform: uppercase; font-size: .8rem; letter-spacing: .04em; margin-left: .5rem; }
        .meta { margin: 0 0 .25rem; font-size: .9rem; }
        del.original { color: var(--muted); }
        .correction { border: 1px solid var(--key); border-radius: 4px; padding: .25rem .75rem; margin-top: .5rem; }
        .status { font-size: .85rem; color: var(--muted); min-height: 1.2em; }
        @media (max-width: 30rem) { body { font-size: 1rem; } h1 { font-size: 1.3rem; } }
        """;

    /// <summary>
    /// Adds entries as the server sends them (the browser's EventSource reconnects by itself, with Last-Event-ID), shows
    /// times in the reader's zone, and counts any entry that arrives twice in <c>data-duplicates</c> (tests check it is absent).
    /// </summary>
    public const string Script = """
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
            const section = document.getElementById('figures-section');
            if (section) section.innerHTML = JSON.parse(event.data).html;
          });
          source.onopen = () => { status.textContent = '●'; body.dataset.connected = 'true'; };
          source.onerror = () => { status.textContent = '…'; body.dataset.connected = 'false'; };
        })();
        """;
}
