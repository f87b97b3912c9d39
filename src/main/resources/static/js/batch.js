/*
 * One class set: a moderation view that fits a laptop screen (the list on the left, the selected answer with its
 * mark, accept and override controls on the right, each scrolling on its own), keyboard moderation, a reviewed
 * count with bulk accept, coverage and mark-distribution charts, a moderation sample and agreement figures.
 */
'use strict';

(() => {
  const {el, api, highlightedAnswer, checklist, flagList, showError, formatTime} = Premark;
  const SVG = 'http://www.w3.org/2000/svg';
  const PAGE_SIZE = 100;
  const batchId = document.body.dataset.batchId;
  const base = '/api/batches/' + encodeURIComponent(batchId);
  const pageError = document.getElementById('page-error');
  const reviewOnly = document.getElementById('review-only');
  const search = document.getElementById('search');
  const moderation = document.getElementById('moderation');
  const detailStatus = document.getElementById('detail-status');
  let batch = null;
  let rubric = null;
  let selected = null;
  let detail = null;
  let page = 0;
  let sort = {key: 'id', dir: 1};
  let textMatches = null;
  let searchTimer = null;

  const answerPath = id => base + '/answers/' + encodeURIComponent(id);

  // ---------- summary ----------

  function renderSummary() {
    document.title = 'premark · ' + batch.name;
    document.getElementById('title').textContent = batch.name;
    document.getElementById('question').textContent = batch.question;
    const pct = batch.total ? Math.round(100 * batch.done / batch.total) : 100;
    const bar = document.getElementById('progress');
    bar.setAttribute('aria-valuemax', String(batch.total));
    bar.setAttribute('aria-valuenow', String(batch.done));
    bar.firstElementChild.style.width = pct + '%';
    document.getElementById('progress-text').textContent = batch.status === 'done'
      ? 'Marked ' + batch.total + ' answers · ' + formatTime(batch.createdAt)
      : 'Marking… ' + batch.done + ' of ' + batch.total + ' answers';
    const s = batch.stats;
    document.getElementById('reviewed-text').textContent = s.reviewed + ' of ' + batch.total + ' reviewed';
    const remaining = batch.answers.filter(r => r.state === 'marked' && !r.reviewed).length;
    const acceptAll = document.getElementById('accept-all');
    acceptAll.disabled = batch.status !== 'done' || remaining === 0;
    acceptAll.textContent = remaining ? 'Accept remaining (' + remaining + ')' : 'All reviewed';
    document.getElementById('stats').replaceChildren(
      stat('Mean mark', s.meanFinalMark === null ? '–' : s.meanFinalMark + ' / ' + batch.maxMark),
      stat('Needs review', s.needsReview),
      stat('Reviewed', s.reviewed),
      stat('Overridden', s.overridden),
      ...(s.failed ? [stat('Failed', s.failed)] : []));
    const exportLink = document.getElementById('export');
    if (batch.status === 'done') {
      exportLink.href = base + '/export.csv';
      exportLink.removeAttribute('aria-disabled');
    } else {
      exportLink.setAttribute('aria-disabled', 'true');
    }
    document.getElementById('slips').href = '/teacher/batches/' + encodeURIComponent(batchId) + '/slips';
    const skipped = document.getElementById('skipped');
    if (batch.skipped.length) {
      skipped.replaceChildren(el('details', {class: 'notice', 'data-testid': 'skipped'},
        el('summary', {}, batch.skipped.length + (batch.skipped.length === 1 ? ' row was' : ' rows were') + ' not marked'),
        el('ul', {}, batch.skipped.map(p => el('li', {}, 'Line ' + p.line + ': ' + p.message)))));
    } else {
      skipped.replaceChildren();
    }
  }

  function stat(name, value) {
    return el('div', {class: 'stat'}, el('b', {}, String(value)), el('span', {class: 'muted small'}, name));
  }

  // ---------- charts: inline SVG drawn at the container's width ----------

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function renderChart() {
    const box = document.getElementById('chart');
    const width = Math.max(260, Math.floor(box.clientWidth || 560));
    const labelH = 18, barH = 20, rowH = 48, barW = width - 2;
    const rows = batch.coverage;
    const chart = svg('svg', {viewBox: '0 0 ' + width + ' ' + (rows.length * rowH + 4), width: width,
      height: rows.length * rowH + 4, role: 'img',
      'aria-label': 'Class coverage of each rubric point', 'data-testid': 'coverage-chart'});
    rows.forEach((r, i) => {
      const n = r.explained + r.identified + r.missing;
      const y = i * rowH + 2;
      const g = svg('g', {'data-point': r.pointId, 'data-explained': r.explained, 'data-identified': r.identified,
        'data-missing': r.missing});
      g.append(svg('text', {x: 0, y: y + 13, 'font-size': 13, 'font-weight': 600, fill: '#1d2433'}, r.label));
      let x = 0;
      // Label ink on each fill has at least 4.5:1 contrast (white on #1f7a4d 5.4:1, on #8a5a06 5.9:1).
      const parts = [['explained', r.explained, '#1f7a4d', '#fff'], ['identified', r.identified, '#8a5a06', '#fff'],
        ['missing', r.missing, '#c9ced8', '#1d2433']];
      if (n === 0) {
        g.append(svg('rect', {x: 0, y: y + labelH + 2, width: barW, height: barH, fill: '#eef0f4', rx: 3}));
      }
      for (const [name, count, fill, ink] of parts) {
        if (!n || !count) continue;
        const w = barW * count / n;
        const pct = Math.round(100 * count / n);
        const rect = svg('rect', {x: x, y: y + labelH + 2, width: Math.max(w, 0.5), height: barH, fill: fill,
          'class': 'seg-' + name});
        rect.append(svg('title', {}, r.label + ': ' + name + ' in ' + count + ' of ' + n + ' answers (' + pct + '%)'));
        g.append(rect);
        if (w > 34) {
          g.append(svg('text', {x: x + w / 2, y: y + labelH + 16, 'font-size': 12, 'font-weight': 600,
            'text-anchor': 'middle', fill: ink, 'pointer-events': 'none', 'class': 'seg-label'}, pct + '%'));
        }
        x += w;
      }
      chart.append(g);
    });
    box.replaceChildren(chart);
    const marked = rows.length ? rows[0].explained + rows[0].identified + rows[0].missing : 0;
    const reteach = document.getElementById('reteach');
    if (!marked) {
      reteach.textContent = '';
      return;
    }
    const weakest = [...rows].sort((a, b) => a.explained - b.explained || b.missing - a.missing
      || a.label.localeCompare(b.label)).slice(0, 2);
    reteach.replaceChildren(el('strong', {}, 'To reteach: '),
      weakest.map(w => w.label + ' (explained by ' + w.explained + ' of ' + marked + ')').join('; '));
  }

  function renderDistribution() {
    const box = document.getElementById('distribution');
    const counts = batch.distribution;
    const width = Math.max(260, Math.floor(box.clientWidth || 560));
    const height = 190, bottom = 22, top = 18;
    const most = Math.max(1, ...counts);
    const slot = width / Math.max(1, counts.length);
    const chart = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
      'aria-label': 'Number of answers with each final mark', 'data-testid': 'distribution-chart'});
    counts.forEach((count, mark) => {
      const h = (height - bottom - top) * count / most;
      const x = mark * slot + slot * 0.15;
      const g = svg('g', {'data-mark': mark, 'data-count': count});
      g.append(svg('rect', {x: x, y: height - bottom - h, width: slot * 0.7, height: Math.max(h, count ? 1 : 0),
        fill: '#2f4ea2', rx: 2}, svg('title', {}, count + ' answers with mark ' + mark)));
      g.append(svg('text', {x: x + slot * 0.35, y: height - bottom - h - 4, 'font-size': 12, 'text-anchor': 'middle',
        fill: '#1d2433'}, count));
      g.append(svg('text', {x: x + slot * 0.35, y: height - 6, 'font-size': 12, 'text-anchor': 'middle',
        fill: '#5b6478'}, mark));
      chart.append(g);
    });
    box.replaceChildren(chart);
  }

  // ---------- how far to trust the rest ----------

  function renderTrust() {
    const list = document.getElementById('sample');
    list.replaceChildren(...batch.sample.map(s => {
      const row = batch.answers.find(r => r.id === s.id);
      return el('li', {'data-answer-id': s.id},
        el('button', {type: 'button', class: 'linkish-dark', onclick: () => open(s.id, true)}, idNode(s.id)),
        ' ', el('span', {class: 'muted small'}, s.reason),
        row && row.reviewed ? el('span', {class: 'tick small'}, ' ✓ reviewed') : null);
    }));
    if (!batch.sample.length) list.replaceChildren(el('li', {class: 'muted'}, 'Nothing is marked yet.'));
    const a = batch.agreement;
    const box = document.getElementById('agreement');
    if (!a.reviewed) {
      box.replaceChildren(el('p', {class: 'muted'}, 'Review a few answers (accept or override them) and this shows how'
        + ' often premark\'s suggestion matched your mark, and which points it over- or under-credited.'));
      return;
    }
    const pct = n => Math.round(100 * n / a.reviewed) + '%';
    const parts = [el('p', {}, el('strong', {}, 'On the ' + a.reviewed + ' answers you reviewed, '),
      'premark\'s suggestion was your mark on ' + a.same + ' (' + pct(a.same) + ') and within one mark on '
      + a.withinOne + ' (' + pct(a.withinOne) + '). You marked ' + a.teacherHigher + ' higher and '
      + a.teacherLower + ' lower' + (a.meanDifference ? ' (mean change ' + (a.meanDifference > 0 ? '+' : '')
      + a.meanDifference + ')' : '') + '.')];
    const points = a.points.filter(p => p.overCredited || p.underCredited);
    if (points.length) {
      parts.push(el('div', {class: 'table-wrap'}, el('table', {class: 'compact'},
        el('thead', {}, el('tr', {}, el('th', {}, 'Point'),
          el('th', {class: 'num', title: 'Answers you marked down in which premark credited this point'}, 'Perhaps over-credited'),
          el('th', {class: 'num', title: 'Answers you marked up in which premark did not credit this point as explained'}, 'Perhaps under-credited'))),
        el('tbody', {}, points.map(p => el('tr', {'data-point': p.pointId}, el('td', {}, p.label),
          el('td', {class: 'num'}, String(p.overCredited)), el('td', {class: 'num'}, String(p.underCredited))))))));
      parts.push(el('p', {class: 'muted small'}, 'Counts of reviewed answers you marked down in which premark credited'
        + ' the point, and of answers you marked up in which it had not credited it as explained.'));
    } else {
      parts.push(el('p', {class: 'muted small'}, 'You changed no mark in a way that points at a rubric point.'));
    }
    box.replaceChildren(...parts);
  }

  // ---------- results list ----------

  function value(row, key) {
    switch (key) {
      case 'mark': return row.finalMark === null ? -1 : row.finalMark;
      case 'level': return row.level || '';
      case 'flags': return (row.needsReview ? 100 : 0) + row.flags.length;
      default: return row.id;
    }
  }

  function compare(a, b) {
    const va = value(a, sort.key), vb = value(b, sort.key);
    let c = typeof va === 'number' ? va - vb : String(va).localeCompare(String(vb), undefined, {numeric: true});
    if (c === 0) return a.seq - b.seq;
    return c * sort.dir;
  }

  /** The rows in the list's current order, after the filter and search. */
  function visibleRows() {
    const q = search.value.trim().toLowerCase();
    return batch.answers
      .filter(r => !reviewOnly.checked || r.needsReview || r.id === selected)
      .filter(r => !q || r.id.toLowerCase().includes(q) || (r.preview || '').toLowerCase().includes(q)
        || (textMatches !== null && textMatches.has(r.id)))
      .sort(compare);
  }

  /** An id that wraps only after its separators ("amir/a.k" breaks after "/" or ".", never inside a name). */
  function idNode(id) {
    const span = el('span', {class: 'id'});
    for (const part of id.split(/(?<=[\/._\-@\\:;])/)) {
      span.append(document.createTextNode(part), el('wbr', {}));
    }
    return span;
  }

  function markCell(row) {
    if (row.state === 'waiting') return el('span', {class: 'muted'}, '…');
    if (row.state === 'failed' && !row.override) return el('span', {class: 'flag error'}, 'failed');
    if (row.override) {
      return el('span', {}, el('span', {class: 'final-changed', title: 'Overridden by ' + row.override.by}, String(row.finalMark)),
        row.suggestedMark !== null ? el('span', {class: 'muted small'}, ' (was ' + row.suggestedMark + ')') : null);
    }
    return el('span', {}, String(row.finalMark), row.reviewed ? el('span', {class: 'tick', title: 'Accepted by '
      + row.reviewedBy}, ' ✓') : null);
  }

  function renderTable(focusSelected) {
    const rows = visibleRows();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const at = rows.findIndex(r => r.id === selected);
    if (focusSelected && at >= 0) page = Math.floor(at / PAGE_SIZE);
    page = Math.min(page, pages - 1);
    const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const body = document.querySelector('#results tbody');
    const hadFocus = document.activeElement && document.activeElement.closest && document.activeElement.closest('#results tbody');
    body.replaceChildren(...shown.map(r => {
      const tr = el('tr', {class: 'clickable' + (r.id === selected ? ' selected' : '') + (r.reviewed ? ' reviewed' : ''),
        tabindex: r.id === selected || (!selected && r === shown[0]) ? 0 : -1,
        'aria-selected': r.id === selected ? 'true' : 'false',
        'data-answer-id': r.id, 'data-needs-review': r.needsReview ? 'true' : 'false'},
        el('td', {class: 'id-cell'}, idNode(r.id)),
        el('td', {class: 'num'}, markCell(r)),
        el('td', {class: 'level-cell'}, r.level || ''),
        el('td', {}, r.needsReview && r.flags.length === 0 ? el('span', {class: 'flag'}, 'review') : flagList(r.flags)),
        el('td', {class: 'preview hide-narrow'}, r.preview));
      tr.addEventListener('click', () => open(r.id, true));
      return tr;
    }));
    document.getElementById('shown').textContent = (reviewOnly.checked || search.value.trim()
      ? rows.length + ' of ' + batch.answers.length : batch.answers.length) + ' answers';
    renderPager(pages, rows.length);
    for (const th of document.querySelectorAll('#results th[data-key]')) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    const row = selectedRow();
    if (row && (focusSelected || hadFocus)) {
      row.focus({preventScroll: true});
      row.scrollIntoView({block: 'nearest', inline: 'nearest'});
      document.getElementById('table-box').scrollLeft = 0;
    }
  }

  function renderPager(pages, count) {
    const pager = document.getElementById('pager');
    if (pages <= 1) {
      pager.replaceChildren();
      return;
    }
    const go = p => {
      page = p;
      renderTable(false);
    };
    pager.replaceChildren(
      el('button', {type: 'button', class: 'secondary small-btn', disabled: page === 0, onclick: () => go(page - 1)}, '‹ Previous'),
      el('span', {class: 'small'}, 'Rows ' + (page * PAGE_SIZE + 1) + '–' + Math.min(count, (page + 1) * PAGE_SIZE)
        + ' of ' + count),
      el('button', {type: 'button', class: 'secondary small-btn', disabled: page >= pages - 1, onclick: () => go(page + 1)}, 'Next ›'));
  }

  function selectedRow() {
    return selected === null ? null
      : [...document.querySelectorAll('#results tbody tr')].find(tr => tr.dataset.answerId === selected) || null;
  }

  for (const th of document.querySelectorAll('#results th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      // Flags sort flagged answers first on the first click; other columns go up first.
      const first = th.dataset.key === 'flags' ? -1 : 1;
      sort = {key: th.dataset.key, dir: sort.key === th.dataset.key ? -sort.dir : first};
      renderTable(false);
    });
  }
  reviewOnly.addEventListener('change', () => {
    page = 0;
    renderTable(false);
  });
  search.addEventListener('input', () => {
    page = 0;
    renderTable(false);
    // The list holds only the first words of each answer; the server searches the whole text.
    clearTimeout(searchTimer);
    const q = search.value.trim();
    textMatches = null;
    if (!q) return;
    searchTimer = setTimeout(async () => {
      try {
        const ids = await api('GET', base + '/search?q=' + encodeURIComponent(q));
        if (search.value.trim() !== q) return;
        textMatches = new Set(ids);
        renderTable(false);
      } catch (e) {
        showError(pageError, e);
      }
    }, 250);
  });

  // ---------- the selected answer ----------

  /** Selects an answer, keeps keyboard focus on its row, and loads its detail. */
  async function open(id, focusRow) {
    selected = id;
    renderTable(focusRow);
    let d;
    try {
      d = await api('GET', answerPath(id));
    } catch (e) {
      showError(pageError, e);
      return;
    }
    if (selected !== id) return;
    detail = d;
    renderDetail();
  }

  function renderDetail() {
    const d = detail;
    const row = d.row;
    const r = d.result;
    document.getElementById('detail-empty').classList.add('hidden');
    document.getElementById('detail-heading').replaceChildren('Answer ', idNode(row.id),
      el('span', {class: 'muted small'}, ' · line ' + row.line));
    document.getElementById('detail-heading').dataset.testid = 'detail-id';
    detailStatus.textContent = row.override ? 'Overridden by ' + row.override.by
      : row.reviewed ? 'Accepted by ' + row.reviewedBy : row.needsReview ? 'Needs review' : 'Not reviewed yet';
    moderation.classList.remove('hidden');
    moderation.replaceChildren(...moderationControls(row, d.maxMark, r));
    const body = document.getElementById('detail-body');
    body.classList.remove('hidden');
    const parts = [];
    if (r) {
      parts.push(highlightedAnswer(d.text, r));
      if (r.flags.length) {
        parts.push(el('h3', {}, 'Flags'));
        parts.push(el('ul', {class: 'small'}, r.flags.map(f => el('li', {}, el('span', {class: 'flag'}, f.code), ' ', f.message))));
      }
      parts.push(el('h3', {}, 'Points and evidence'));
      const list = checklist(r, rubric);
      r.points.forEach((p, i) => {
        if (!p.spans.length) return;
        list.children[i].append(el('div', {class: 'small muted'}, 'Evidence: ',
          p.spans.map(s => '“' + s.text + '”').join(' · ')));
      });
      parts.push(list);
    } else {
      parts.push(el('p', {class: 'muted'}, row.state === 'failed' ? 'Marking failed: ' + row.error : 'Waiting to be marked…'));
      parts.push(el('div', {class: 'answer-view', 'data-testid': 'answer-view'}, d.text));
    }
    body.replaceChildren(...parts);
    document.getElementById('detail-scroll').scrollTop = 0;
  }

  function moderationControls(row, maxMark, r) {
    const error = el('div', {class: 'error hidden', role: 'alert', id: 'override-error'});
    const mark = el('input', {type: 'number', id: 'override-mark', min: 0, max: maxMark, step: 1, required: true,
      inputmode: 'numeric', value: row.override ? row.override.mark : (row.suggestedMark ?? '')});
    const reason = el('input', {type: 'text', id: 'override-reason', maxlength: 1000, required: true,
      autocomplete: 'off', placeholder: 'Reason, e.g. "Explains the Lenin Enrolment in paragraph 2"'});
    reason.value = row.override ? row.override.reason : '';
    const save = el('button', {type: 'submit', id: 'override-save'}, row.override ? 'Update' : 'Override');
    const clear = row.override ? el('button', {type: 'button', class: 'secondary', id: 'override-clear'}, 'Remove') : null;
    const accept = el('button', {type: 'button', id: 'accept', class: row.reviewed && !row.override ? 'secondary' : '',
      disabled: row.state !== 'marked'}, row.override ? 'Accept suggestion (' + row.suggestedMark + ')'
      : row.reviewed ? 'Accepted ✓' : 'Accept ' + (row.suggestedMark ?? ''));
    const score = el('div', {class: 'score compact-score'},
      el('span', {class: 'mark', 'data-testid': 'detail-final'}, (row.finalMark ?? '–') + '/' + maxMark),
      el('span', {class: 'level', 'data-testid': 'detail-level'}, row.level || ''),
      el('span', {class: 'muted small'}, row.override
        ? 'suggested ' + row.suggestedMark + ' (' + row.suggestedLevel + ')'
        : r ? 'suggested · confidence ' + Math.round(r.confidence * 100) + '%' : ''));
    const form = el('form', {class: 'override-form', 'data-testid': 'override-form'},
      el('label', {for: 'override-mark', class: 'inline'}, 'Mark'), mark,
      el('label', {for: 'override-reason', class: 'visually-hidden'}, 'Reason'), reason,
      save, clear);
    const info = row.override ? el('p', {class: 'small muted', 'data-testid': 'override-info'}, 'Overridden to '
      + row.override.mark + ' by ' + row.override.by + ' on ' + formatTime(row.override.at) + ': “'
      + row.override.reason + '”') : null;
    mark.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !reason.value.trim()) {
        e.preventDefault();
        reason.focus();
      }
    });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      error.classList.add('hidden');
      const value = mark.value === '' ? null : Number(mark.value);
      try {
        await api('PUT', answerPath(row.id) + '/override', {mark: value, reason: reason.value});
        await refresh();
        await open(row.id, true);
        detailStatus.textContent = 'Saved: overridden to ' + value;
      } catch (err) {
        showError(error, err);
        mark.focus();
      }
    });
    if (clear) {
      clear.addEventListener('click', async () => {
        try {
          await api('DELETE', answerPath(row.id) + '/override');
          await refresh();
          await open(row.id, true);
        } catch (err) {
          showError(error, err);
        }
      });
    }
    accept.addEventListener('click', () => acceptSelected());
    return [el('div', {class: 'row moderation-top'}, score, el('span', {class: 'spacer'}), accept), form, info, error]
      .filter(Boolean);
  }

  async function acceptSelected() {
    if (!detail || detail.row.state !== 'marked') return;
    const id = detail.row.id;
    try {
      if (detail.row.override) await api('DELETE', answerPath(id) + '/override');
      await api('PUT', answerPath(id) + '/accept');
      await refresh();
      detailStatus.textContent = 'Accepted ' + id;
      move(1, false);
    } catch (err) {
      showError(pageError, err);
    }
  }

  /** Opens the next (+1) or previous (-1) answer in the list, or the next one needing review. */
  function move(step, needingReview) {
    const rows = visibleRows();
    if (!rows.length) return;
    let at = rows.findIndex(r => r.id === selected);
    if (needingReview) {
      for (let i = 1; i <= rows.length; i++) {
        const r = rows[(Math.max(at, -1) + i + rows.length) % rows.length];
        if (r.needsReview) {
          open(r.id, true);
          return;
        }
      }
      detailStatus.textContent = 'No answer needs review.';
      return;
    }
    at = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
    open(rows[at].id, true);
  }

  // ---------- keyboard ----------

  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t instanceof HTMLInputElement && t.type !== 'checkbox' || t instanceof HTMLTextAreaElement
      || t instanceof HTMLSelectElement;
    if (typing) {
      if (e.key === 'Escape') {
        e.preventDefault();
        t.blur();
        const row = selectedRow();
        if (row) row.focus({preventScroll: true});
      }
      return;
    }
    const row = t instanceof Element ? t.closest('#results tbody tr') : null;
    if (row && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(row.dataset.answerId, true);
      return;
    }
    switch (e.key) {
      case 'j': case 'ArrowDown': e.preventDefault(); move(1, false); break;
      case 'k': case 'ArrowUp': e.preventDefault(); move(-1, false); break;
      case 'n': e.preventDefault(); move(1, true); break;
      case 'a': if (detail) { e.preventDefault(); acceptSelected(); } break;
      case 'o': {
        const mark = document.getElementById('override-mark');
        if (mark) { e.preventDefault(); mark.focus(); mark.select(); }
        break;
      }
      case 'r': {
        const reason = document.getElementById('override-reason');
        if (reason) { e.preventDefault(); reason.focus(); }
        break;
      }
      case '/': e.preventDefault(); search.focus(); break;
      default:
    }
  });

  // ---------- layout: the moderation view takes the rest of the window ----------

  function fit() {
    const box = document.getElementById('moderate');
    const top = box.getBoundingClientRect().top + window.scrollY;
    const narrow = window.matchMedia('(max-width: 860px)').matches;
    box.style.height = narrow ? '' : Math.max(380, window.innerHeight - top - 12) + 'px';
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      fit();
      if (batch) {
        renderChart();
        renderDistribution();
      }
    }, 150);
  });

  // ---------- loading ----------

  async function refresh() {
    batch = await api('GET', base);
    renderSummary();
    fit();
    renderChart();
    renderDistribution();
    renderTrust();
    renderTable(false);
    return batch;
  }

  async function poll() {
    try {
      await refresh();
      if (batch.status !== 'done') setTimeout(poll, 600);
    } catch (e) {
      showError(pageError, e);
    }
  }

  document.getElementById('accept-all').addEventListener('click', async () => {
    const remaining = batch.answers.filter(r => r.state === 'marked' && !r.reviewed).length;
    if (!confirm('Accept the suggested mark for the ' + remaining + ' answers not yet reviewed?')) return;
    try {
      const result = await api('POST', base + '/accept-remaining');
      await refresh();
      if (detail) await open(detail.row.id, false);
      detailStatus.textContent = 'Accepted ' + result.accepted + ' answers.';
    } catch (e) {
      showError(pageError, e);
    }
  });

  document.getElementById('delete').addEventListener('click', async () => {
    if (!confirm('Delete this class set and all its marks? This cannot be undone.')) return;
    try {
      await api('DELETE', base);
      location.assign('/teacher');
    } catch (e) {
      showError(pageError, e);
    }
  });

  (async () => {
    try {
      fit();
      Premark.loadNoteTitles();
      await refresh();
      rubric = await api('GET', '/api/rubrics/' + encodeURIComponent(batch.rubricId)).catch(() => null);
      if (batch.status !== 'done') setTimeout(poll, 600);
    } catch (e) {
      showError(pageError, e);
      document.getElementById('summary').classList.add('hidden');
    }
  })();
})();
