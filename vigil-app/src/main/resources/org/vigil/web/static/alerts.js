// Live alerts for the logged-in account: one server-sent event stream per open page. Every page shows
// the unread count in the navigation; the Alerts page also puts each new notification at the top of its
// list and marks notifications read without leaving the page. Every write sends the session's CSRF
// token in the X-CSRF-Token header; a logged-out visitor has no alerts, so nothing is opened.
(function () {
  'use strict';
  if (!window.EventSource || !window.fetch) return;
  var badge = document.getElementById('alert-badge');
  var unread = 0;
  var csrf = '';

  function markRead(item, button) {
    var id = item.getAttribute('data-id');
    button.disabled = true;
    fetch('/api/notifications/' + encodeURIComponent(id) + '/read', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json', Accept: 'application/json' }, body: '{}'
    }).then(function (r) {
      if (!r.ok) { button.disabled = false; return; }
      item.classList.add('read');
      var form = button.closest('form');
      (form || button).remove();
      unread = Math.max(0, unread - 1);
      showCount();
    });
  }

  function showCount() {
    if (!badge) return;
    badge.textContent = unread > 0 ? String(unread) : '';
    badge.hidden = unread === 0;
    var label = document.getElementById('alert-unread');
    if (label) label.textContent = unread + ' unread';
  }

  function addToList(n) {
    var list = document.getElementById('notification-list');
    if (!list || list.querySelector('[data-id="' + n.id + '"]')) return;
    var item = document.createElement('li');
    item.className = 'notification fresh kind-' + n.kind;
    item.setAttribute('data-id', String(n.id));
    var title = document.createElement('strong');
    title.className = 'title';
    title.textContent = n.title;
    var meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ' ' + n.kind + ' · ' + n.createdAt + (n.watchlists.length ? ' · ' + n.watchlists.join(', ') : '');
    item.appendChild(title);
    item.appendChild(meta);
    if (n.incidentId !== null) {
      var link = document.createElement('a');
      link.href = '/incidents/' + encodeURIComponent(n.incidentId);
      link.textContent = 'incident';
      item.appendChild(document.createTextNode(' '));
      item.appendChild(link);
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'mark-read';
    button.textContent = 'Mark read';
    item.appendChild(document.createTextNode(' '));
    item.appendChild(button);
    var body = document.createElement('pre');
    body.className = 'body';
    body.textContent = n.body;
    item.appendChild(body);
    list.insertBefore(item, list.firstChild);
    var empty = document.getElementById('notification-empty');
    if (empty) empty.hidden = true;
  }

  function listen(session) {
    if (!session.account || !session.csrf) return;
    csrf = session.csrf;
    var list = document.getElementById('notification-list');
    if (list) {
      list.addEventListener('click', function (e) {
        var button = e.target.closest('.mark-read');
        if (!button) return;
        e.preventDefault();
        markRead(button.closest('li'), button);
      });
    }
    openStream(list);
  }

  fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : {}; })
    .then(listen);

  // The Alerts page asks for what arrived after the newest notification it shows.
  function openStream(list) {
    var after = list ? list.getAttribute('data-last-id') : null;
    var seen = {};
    var stream = new EventSource('/api/notifications/stream' + (after ? '?after=' + encodeURIComponent(after) : ''));
    stream.addEventListener('ready', function (e) {
      unread = JSON.parse(e.data).unread;
      showCount();
      document.body.setAttribute('data-alerts-live', 'true');
    });
    stream.addEventListener('notification', function (e) {
      var n = JSON.parse(e.data);
      if (seen[n.id]) return;
      seen[n.id] = true;
      unread = n.unread;
      showCount();
      addToList(n);
    });
  }
})();
