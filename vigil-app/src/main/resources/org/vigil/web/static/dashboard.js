/*
 * Vigil dashboard: draws the timeline (stacked SVG bars by month and type) and the map (Natural Earth
 * country shapes from TopoJSON, incidents clustered on a pixel grid, coloured by their most frequent
 * type, sized by casualties) from /api/stats with the page's own filters. Plain JavaScript, no
 * library, nothing fetched from outside Vigil. Part of Vigil, GPL-3.0-or-later.
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function title(node, text) {
    var t = el('title', {}, node);
    t.textContent = text;
  }

  function label(code) {
    var s = String(code).replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) {
        return r.json().then(function (body) { throw new Error(body.message || ('HTTP ' + r.status)); });
      }
      return r.json();
    });
  }

  function fail(box, error) {
    box.textContent = '';
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'Could not draw this: ' + error.message;
    box.appendChild(p);
  }

  /* ---------- Timeline ---------- */

  function monthsBetween(first, last) {
    var out = [];
    var y = +first.slice(0, 4), m = +first.slice(5, 7);
    var ly = +last.slice(0, 4), lm = +last.slice(5, 7);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + '-' + (m < 10 ? '0' : '') + m);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function lastDay(month) {
    var y = +month.slice(0, 4), m = +month.slice(5, 7);
    return month + '-' + new Date(Date.UTC(y, m, 0)).getUTCDate();
  }

  function drawTimeline(box, stats) {
    box.textContent = '';
    if (!stats.months.length) {
      box.appendChild(document.createTextNode('No dated incident matches.'));
      return;
    }
    var byYear = monthsBetween(stats.months[0].month, stats.months[stats.months.length - 1].month).length > 72;
    var keyOf = function (month) { return byYear ? month.slice(0, 4) : month; };
    var buckets = {}, types = {};
    stats.months.forEach(function (m) {
      var k = keyOf(m.month);
      buckets[k] = buckets[k] || {};
      buckets[k][m.type] = (buckets[k][m.type] || 0) + m.count;
      types[m.type] = true;
    });
    var keys = byYear ? (function () {
      var out = [], a = +keyOf(stats.months[0].month), b = +keyOf(stats.months[stats.months.length - 1].month);
      for (var y = a; y <= b; y++) out.push(String(y));
      return out;
    })() : monthsBetween(stats.months[0].month, stats.months[stats.months.length - 1].month);
    var typeList = Object.keys(types).sort();
    var max = 1;
    keys.forEach(function (k) {
      var sum = 0;
      typeList.forEach(function (t) { sum += (buckets[k] || {})[t] || 0; });
      max = Math.max(max, sum);
    });
    var W = 800, H = 220, left = 36, bottom = 22, top = 8;
    var plotH = H - bottom - top, step = (W - left) / keys.length, barW = Math.max(1, step * 0.8);
    var svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'group',
      'aria-label': 'Incidents per ' + (byYear ? 'year' : 'month') + ' by type; each bar links to the incidents of its period' }, box);
    el('line', { x1: left, y1: top + plotH, x2: W, y2: top + plotH, 'class': 'axis-line' }, svg);
    [0, 0.5, 1].forEach(function (f) {
      var v = Math.round(max * f), y = top + plotH - plotH * v / max;
      var t = el('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', 'class': 'axis' }, svg);
      t.textContent = v;
    });
    var every = Math.max(1, Math.ceil(keys.length / 8));
    var list = box.getAttribute('data-list') || '/incidents';
    keys.forEach(function (k, i) {
      var x = left + i * step + (step - barW) / 2;
      var since = byYear ? k + '-01-01' : k + '-01', until = byYear ? k + '-12-31' : lastDay(k);
      var sep = list.indexOf('?') >= 0 ? '&' : '?';
      var link = el('a', { href: list + sep + 'since=' + since + '&until=' + until, 'class': 'bar-group' }, svg);
      var y = top + plotH, parts = [];
      typeList.forEach(function (t) {
        var n = (buckets[k] || {})[t] || 0;
        if (!n) return;
        var h = plotH * n / max;
        y -= h;
        el('rect', { x: x, y: y, width: barW, height: Math.max(h, 0.5), 'class': 't-' + t }, link);
        parts.push(label(t) + ': ' + n);
      });
      if (!parts.length) el('rect', { x: x, y: top, width: barW, height: plotH, fill: 'transparent' }, link);
      title(link, k + (parts.length ? ' — ' + parts.join(', ') : ' — no incidents'));
      link.setAttribute('aria-label', k + (parts.length ? ': ' + parts.join(', ') : ': no incidents'));
      if (i % every === 0) {
        var t = el('text', { x: x + barW / 2, y: H - 6, 'text-anchor': 'middle', 'class': 'axis' }, svg);
        t.textContent = k;
      }
    });
    legend(box, typeList);
  }

  function legend(box, typeList) {
    var ul = document.createElement('ul');
    ul.className = 'legend';
    ul.setAttribute('aria-label', 'Colours by incident type');
    typeList.forEach(function (t) {
      var li = document.createElement('li');
      var sw = document.createElement('span');
      sw.className = 'swatch t-' + t;
      sw.setAttribute('aria-hidden', 'true');
      li.appendChild(sw);
      li.appendChild(document.createTextNode(label(t)));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  /* ---------- Map ---------- */

  /* Decodes a TopoJSON object's arcs (delta-encoded, quantized) into rings of [longitude, latitude]. */
  function topoRings(topo, object) {
    var sx = topo.transform.scale[0], sy = topo.transform.scale[1];
    var tx = topo.transform.translate[0], ty = topo.transform.translate[1];
    var arcs = topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) { x += p[0]; y += p[1]; return [x * sx + tx, y * sy + ty]; });
    });
    function ring(indexes) {
      var points = [];
      indexes.forEach(function (i) {
        var arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        arc.forEach(function (p, j) { if (j > 0 || !points.length) points.push(p); });
      });
      return points;
    }
    var shapes = [];
    topo.objects[object].geometries.forEach(function (g) {
      var polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      var rings = [];
      polygons.forEach(function (poly) { poly.forEach(function (r) { rings.push(ring(r)); }); });
      shapes.push({ name: (g.properties || {}).name || '', rings: rings });
    });
    return shapes;
  }

  var MAP = { W: 960, north: 84, south: -58 };
  MAP.H = Math.round(MAP.W * (MAP.north - MAP.south) / 360);
  function project(lon, lat) {
    return [(lon + 180) / 360 * MAP.W, (MAP.north - lat) / (MAP.north - MAP.south) * MAP.H];
  }

  function cluster(cells, size) {
    var bins = {};
    cells.forEach(function (c) {
      var p = project(c.longitude, c.latitude);
      var key = Math.floor(p[0] / size) + ':' + Math.floor(p[1] / size);
      var b = bins[key] || (bins[key] = { x: 0, y: 0, count: 0, killed: 0, injured: 0, types: {} });
      b.x += p[0] * c.count;
      b.y += p[1] * c.count;
      b.count += c.count;
      b.killed += c.killed;
      b.injured += c.injured;
      b.types[c.type] = (b.types[c.type] || 0) + c.count;
    });
    return Object.keys(bins).map(function (k) {
      var b = bins[k];
      b.x /= b.count;
      b.y /= b.count;
      b.type = Object.keys(b.types).sort(function (a, z) { return b.types[z] - b.types[a] || (a < z ? -1 : 1); })[0];
      return b;
    });
  }

  function drawMap(box, topo, stats) {
    box.textContent = '';
    var svg = el('svg', { viewBox: '0 0 ' + MAP.W + ' ' + MAP.H, role: 'group',
      'aria-label': 'World map of the incidents that have coordinates' }, box);
    var land = el('g', { 'aria-hidden': 'true' }, svg);
    topoRings(topo, 'countries').forEach(function (shape) {
      var d = shape.rings.map(function (r) {
        return 'M' + r.map(function (p) { var q = project(p[0], Math.max(MAP.south, Math.min(MAP.north, p[1])));
          return q[0].toFixed(1) + ',' + q[1].toFixed(1); }).join('L') + 'Z';
      }).join('');
      var path = el('path', { d: d, 'class': 'country' }, land);
      title(path, shape.name);
    });
    var clusters = cluster(stats.cells, 22).sort(function (a, b) { return (b.killed + b.injured) - (a.killed + a.injured); });
    var dots = el('g', {}, svg);
    clusters.forEach(function (c) {
      var casualties = c.killed + c.injured;
      var r = Math.min(30, 4 + Math.sqrt(casualties) * 1.1);
      var circle = el('circle', { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1), 'class': 'cluster t-' + c.type, tabindex: '0' }, dots);
      var kinds = Object.keys(c.types).map(function (t) { return label(t) + ' ' + c.types[t]; }).join(', ');
      var text = c.count + (c.count === 1 ? ' incident' : ' incidents') + ' (' + kinds + '); ' + c.killed + ' killed, ' + c.injured + ' injured';
      title(circle, text);
      circle.setAttribute('aria-label', text);
    });
    if (!clusters.length) {
      var p = document.createElement('p');
      p.className = 'note';
      p.textContent = 'No matching incident has coordinates.';
      box.appendChild(p);
    }
  }

  var timeline = document.getElementById('timeline');
  var map = document.getElementById('map');
  var url = (timeline || map) && (timeline || map).getAttribute('data-stats');
  if (!url) return;
  var stats = getJson(url);
  if (timeline) stats.then(function (s) { drawTimeline(timeline, s); }).catch(function (e) { fail(timeline, e); });
  if (map) {
    Promise.all([stats, getJson(map.getAttribute('data-shapes'))])
      .then(function (r) { drawMap(map, r[1], r[0]); })
      .catch(function (e) { fail(map, e); });
  }
})();
