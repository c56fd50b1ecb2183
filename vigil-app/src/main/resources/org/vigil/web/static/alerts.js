// Live alerts: one server-sent event stream per open page. Every page shows the unread count in the
// navigation; the Alerts page also puts each new notification at the top of its list.
(function () {
  'use strict';
  if (!window.EventSource) return;
  var badge = document.getElementById('alert-badge');
  var unread = 0;

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
    var body = document.createElement('pre');
    body.className = 'body';
    body.textContent = n.body;
    item.appendChild(body);
    list.insertBefore(item, list.firstChild);
    var empty = document.getElementById('notification-empty');
    if (empty) empty.hidden = true;
  }

  // The Alerts page asks for what arrived after the newest notification it shows.
  var list = document.getElementById('notification-list');
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
})();
