// Review on the article page: turns a selection in the article text into the note form's anchor
// (character offsets into the article text and the exact quote), and highlights the passages notes are
// attached to. Offsets count the article's text only: the "#12" incident links inside it are skipped.
(function () {
  'use strict';
  var text = document.querySelector('.article-text');
  if (!text) return;

  function plain(range) {
    var copy = range.cloneContents();
    copy.querySelectorAll('a.ref').forEach(function (a) { a.remove(); });
    return copy.textContent;
  }

  function offset(node, at) {
    var before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(node, at);
    return plain(before).length;
  }

  var form = document.getElementById('note-form');
  if (form) {
    var shown = document.getElementById('note-quote');
    var submit = document.getElementById('note-submit');
    var pick = function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      var range = sel.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
      var start = offset(range.startContainer, range.startOffset);
      var end = offset(range.endContainer, range.endOffset);
      var quote = plain(range);
      if (end <= start || quote.length !== end - start) return;
      form.elements.start.value = String(start);
      form.elements.end.value = String(end);
      form.elements.quote.value = quote;
      shown.textContent = 'Note on: \u201c' + (quote.length > 200 ? quote.slice(0, 197) + '...' : quote) + '\u201d (characters ' + start + '\u2013' + end + ')';
      submit.disabled = false;
    };
    text.addEventListener('mouseup', pick);
    text.addEventListener('keyup', pick);
    document.addEventListener('selectionchange', function () {
      var sel = window.getSelection();
      if (sel && !sel.isCollapsed && text.contains(sel.anchorNode)) pick();
    });
  }

  // Text nodes of the article with their offsets, incident links left out.
  function pieces() {
    var out = [];
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) { return n.parentElement.closest('a.ref') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; }
    });
    var pos = 0;
    var n;
    while ((n = walker.nextNode())) {
      out.push({ node: n, start: pos, end: pos + n.data.length });
      pos += n.data.length;
    }
    return out;
  }

  function mark(start, end, id) {
    pieces().forEach(function (p) {
      var from = Math.max(start, p.start);
      var to = Math.min(end, p.end);
      if (from >= to) return;
      var range = document.createRange();
      range.setStart(p.node, from - p.start);
      range.setEnd(p.node, to - p.start);
      var m = document.createElement('mark');
      m.className = 'note-mark';
      m.title = 'Note ' + id;
      m.dataset.note = id;
      range.surroundContents(m);
    });
  }

  document.querySelectorAll('li.note[data-start]').forEach(function (li) {
    mark(Number(li.dataset.start), Number(li.dataset.end), li.id.replace('note-', ''));
  });
  text.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('mark.note-mark');
    if (m) document.getElementById('note-' + m.dataset.note).scrollIntoView({ behavior: 'smooth', block: 'center' });
  });
})();
