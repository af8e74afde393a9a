// The family page. (1) A receipt's QR code opens /family#CODE: the fragment never reaches a server, so this script reads
// it, forgets it (the address bar and history no longer hold it) and posts it with the form, exactly as if typed.
// (2) On a status page, it follows the person's private event stream and adds each change to the page as it happens.
// The page works without this file: the form is posted by hand, and "Check again" asks anew.
(() => {
  'use strict';
  const form = document.getElementById('family-form'), input = document.getElementById('family-code');
  if (form && input && location.hash.length > 1) {
    const code = decodeURIComponent(location.hash.slice(1));
    history.replaceState(null, '', location.pathname + location.search);
    input.value = code;
    form.submit();
    return;
  }
  const section = document.getElementById('family-status');
  if (!section || !('EventSource' in window)) return;
  const now = document.getElementById('family-now'), list = document.getElementById('family-history');
  const shown = new Set(Array.from(list.querySelectorAll('li')).map((li) => li.dataset.sequence));
  const source = new EventSource(section.dataset.events);
  section.dataset.following = 'true';
  source.addEventListener('step', (event) => {
    if (shown.has(event.lastEventId)) return;
    shown.add(event.lastEventId);
    const step = JSON.parse(event.data);
    const item = document.createElement('li');
    item.dataset.sequence = event.lastEventId;
    const time = document.createElement('time');
    time.textContent = step.date;
    item.append(time, ' ' + step.text);
    list.append(item);
    now.textContent = step.text;
    section.dataset.status = step.status;
  });
})();
