/*
 * premark: helpers shared by every page. Student text is only ever put into the page as text
 * (textContent / createTextNode), never parsed as HTML.
 */
'use strict';

const Premark = (() => {

  /** Builds an element: el('li', {class: 'x', onclick: f}, 'text', child, ...). Strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  // Swagger UI (/swagger-ui.html) reads the signed-in teacher's CSRF token from here to call the teacher API.
  if (document.body && document.body.dataset.teacher !== undefined && csrfToken()) {
    try {
      localStorage.setItem('premark-csrf', csrfToken());
    } catch (e) {
      // storage unavailable: Swagger UI then cannot send the token, nothing else depends on it
    }
  }

  /** An error from the API, carrying the RFC 9457 problem. */
  class ApiError extends Error {
    constructor(problem, status) {
      super(problem.detail || problem.title || ('HTTP ' + status));
      this.problem = problem;
      this.status = status;
    }
  }

  /** fetch + CSRF header + JSON; throws ApiError with the server's problem detail. */
  async function api(method, url, body) {
    const headers = {'Accept': 'application/json, application/problem+json', 'X-CSRF-TOKEN': csrfToken()};
    const init = {method, headers, credentials: 'same-origin'};
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      throw new ApiError({title: 'No connection', detail: 'The premark server did not answer. Is it still running?'}, 0);
    }
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (!response.ok) {
      if (response.status === 401) {
        throw new ApiError(data || {detail: 'Your session has ended; sign in again.'}, 401);
      }
      throw new ApiError(data || {detail: 'The server answered ' + response.status + '.'}, response.status);
    }
    return data;
  }

  function countWords(text) {
    const words = text.trim().match(/\S+/g);
    return words ? words.length : 0;
  }

  function pointClass(index) {
    return 'pc' + (index % 10);
  }

  const STATUS_TEXT = {
    explained: 'Explained',
    identified: 'Identified only',
    missing: 'Missing'
  };

  /**
   * The answer with the spans that earned each rubric point highlighted in that point's colour:
   * solid underline = explained, dashed = identified only.
   */
  function highlightedAnswer(text, result) {
    const spans = [];
    (result.points || []).forEach((p, i) => {
      if (p.status === 'missing') return;
      for (const s of p.spans || []) {
        if (s.end > s.start) spans.push({start: s.start, end: s.end, index: i, point: p});
      }
    });
    spans.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    const view = el('div', {class: 'answer-view', 'data-testid': 'answer-view'});
    let at = 0;
    for (const s of spans) {
      const start = Math.max(s.start, at);
      const end = Math.min(s.end, text.length);
      if (end <= start) continue;
      if (start > at) view.append(document.createTextNode(text.slice(at, start)));
      // The point's number (and, on phones, its label) ride on the point's last highlight as CSS generated
      // content, so no hover is needed and the answer's text stays exactly what was written.
      const last = !spans.some(o => o !== s && o.index === s.index && o.start >= end);
      view.append(el('mark', {
        class: 'hl ' + s.point.status + ' ' + pointClass(s.index) + (last ? ' tagged' : ''),
        title: s.point.label + ' (' + STATUS_TEXT[s.point.status].toLowerCase() + ')',
        'data-point': s.point.id,
        'data-n': last ? String(s.index + 1) : null,
        'data-label': last ? s.point.label : null
      }, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) view.append(document.createTextNode(text.slice(at)));
    return view;
  }

  let noteTitles = {};

  /** Loads the notes' readable titles (corpus/titles.tsv) once; references fall back to the heading without them. */
  async function loadNoteTitles() {
    try {
      noteTitles = await api('GET', '/api/notes/titles') || {};
    } catch (e) {
      noteTitles = {};
    }
  }

  /** Feedback names passages by id, e.g. "(001_0fd55eea29fdbcdc.p4)"; show the note's title instead. */
  function readableRefs(sentence) {
    return sentence.replace(/\s*\(([A-Za-z0-9_-]+)\.p\d+\)/g, (whole, stem) => {
      const title = noteTitles[stem + '.txt'];
      return title ? ' (in “' + title + '”)' : '';
    });
  }

  /** A note reference people can read: "Stalin rise to power — General Secretary of the party". */
  function noteTitle(passage) {
    const title = noteTitles[passage.source] || '';
    const heading = passage.heading || '';
    if (title && heading && title !== heading) return title + ' — ' + heading;
    return title || heading || 'the revision notes';
  }

  function passageBlock(passage) {
    if (!passage) return null;
    return el('div', {class: 'passage'},
      el('span', {class: 'where', title: passage.passageId}, 'From the notes: ' + noteTitle(passage)),
      passage.text);
  }

  /** The rubric points with their status; each opens to its description and a note passage to read. */
  function checklist(result, rubric) {
    const descriptions = {};
    if (rubric) for (const p of rubric.points) descriptions[p.id] = p.description;
    const list = el('ul', {class: 'checklist', 'data-testid': 'checklist'});
    (result.points || []).forEach((p, i) => {
      const detailBits = [];
      if (descriptions[p.id]) detailBits.push(el('p', {}, descriptions[p.id]));
      if (p.passage) detailBits.push(passageBlock(p.passage));
      list.append(el('li', {'data-point': p.id, 'data-status': p.status},
        el('div', {class: 'head'},
          el('span', {class: 'pnum ' + pointClass(i), 'aria-hidden': 'true'}, String(i + 1)),
          el('span', {class: 'label'}, p.label),
          el('span', {class: 'status ' + p.status}, STATUS_TEXT[p.status] || p.status)),
        detailBits.length ? el('details', {}, el('summary', {}, p.status === 'explained' ? 'About this point' : 'How to earn this point'), detailBits) : null));
    });
    // A reason outside the rubric that the suggested mark counts: shown with its words and the notes that
    // support it, for the teacher to confirm.
    (result.otherReasons || []).forEach(o => {
      list.append(el('li', {'data-point': 'other-reason', 'data-status': 'explained'},
        el('div', {class: 'head'},
          el('span', {class: 'pnum', 'aria-hidden': 'true'}, '+'),
          el('span', {class: 'label'}, 'Other reason (not in the rubric)'),
          el('span', {class: 'status explained', title: 'Counted in the suggested mark; please confirm it is valid'},
            'Explained (counted, please confirm)')),
        el('details', {}, el('summary', {}, 'Why it was counted'),
          el('p', {}, '“' + o.reason.text + '” … “' + o.link.text + '”'),
          passageBlock(o.passage))));
    });
    return list;
  }

  /** Next steps, with the note passages to read for the points not yet explained. */
  function nextSteps(result, open) {
    // The same points the feedback names: every identified one, then the first few missing ones.
    const points = result.points || [];
    const toRead = points.filter(p => p.status === 'identified' && p.passage)
      .concat(points.filter(p => p.status === 'missing' && p.passage).slice(0, 3));
    return el('details', {class: 'next-steps', open: open ? true : null, 'data-testid': 'next-steps'},
      el('summary', {}, 'What to do next'),
      el('ul', {}, (result.feedback || []).map(f => el('li', {}, readableRefs(f)))),
      toRead.length ? el('h3', {}, 'Read in the notes') : null,
      toRead.map(p => el('div', {}, el('strong', {}, p.label), passageBlock(p.passage))));
  }

  function flagList(flags) {
    return el('div', {class: 'flags'}, (flags || []).map(f => el('span', {class: 'flag', title: f.message || ''}, f.code || f)));
  }

  function formatTime(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return d.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
  }

  function showError(target, error) {
    target.replaceChildren(document.createTextNode(error.message || String(error)));
    target.classList.remove('hidden');
  }

  return {el, append, api, ApiError, countWords, pointClass, highlightedAnswer, checklist, nextSteps, flagList,
          passageBlock, noteTitle, readableRefs, loadNoteTitles, formatTime, showError, STATUS_TEXT};
})();
