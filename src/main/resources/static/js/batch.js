/* One class set: progress, coverage chart, sortable results, answer detail with evidence, overrides, export. */
'use strict';

(() => {
  const {el, api, highlightedAnswer, checklist, flagList, showError, formatTime} = Premark;
  const SVG = 'http://www.w3.org/2000/svg';
  const batchId = document.body.dataset.batchId;
  const base = '/api/batches/' + encodeURIComponent(batchId);
  const pageError = document.getElementById('page-error');
  const reviewOnly = document.getElementById('review-only');
  let batch = null;
  let rubric = null;
  let selected = null;
  let sort = {key: 'id', dir: 1};

  // ---------- summary ----------

  function renderSummary() {
    document.title = 'premark · ' + batch.fileName;
    document.getElementById('title').textContent = batch.fileName;
    document.getElementById('question').textContent = batch.question;
    const pct = batch.total ? Math.round(100 * batch.done / batch.total) : 100;
    const bar = document.getElementById('progress');
    bar.setAttribute('aria-valuemax', String(batch.total));
    bar.setAttribute('aria-valuenow', String(batch.done));
    bar.firstElementChild.style.width = pct + '%';
    document.getElementById('progress-text').textContent = batch.status === 'done'
      ? 'Marked ' + batch.total + ' answers · uploaded ' + formatTime(batch.createdAt)
      : 'Marking… ' + batch.done + ' of ' + batch.total + ' answers';
    const s = batch.stats;
    document.getElementById('stats').replaceChildren(
      stat('Answers', batch.total),
      stat('Mean mark', s.meanFinalMark === null ? '–' : s.meanFinalMark + ' / ' + batch.maxMark),
      stat('Needs review', s.needsReview),
      stat('Overridden', s.overridden),
      ...(s.failed ? [stat('Failed', s.failed)] : []));
    const exportLink = document.getElementById('export');
    if (batch.status === 'done') {
      exportLink.href = base + '/export.csv';
      exportLink.removeAttribute('aria-disabled');
    } else {
      exportLink.setAttribute('aria-disabled', 'true');
    }
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

  // ---------- coverage chart: stacked horizontal bars in inline SVG ----------

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function renderChart() {
    // Drawn at the container's real width so the text keeps its size on any screen.
    const box = document.getElementById('chart');
    const width = Math.max(280, Math.floor(box.clientWidth || 640));
    const labelH = 18, barH = 18, rowH = 48, left = 0, barW = width - 2;
    const rows = batch.coverage;
    const chart = svg('svg', {viewBox: '0 0 ' + width + ' ' + (rows.length * rowH + 4), width: width,
      height: rows.length * rowH + 4, role: 'img',
      'aria-label': 'Class coverage of each rubric point', 'data-testid': 'coverage-chart'});
    rows.forEach((r, i) => {
      const n = r.explained + r.identified + r.missing;
      const y = i * rowH + 2;
      const g = svg('g', {'data-point': r.pointId, 'data-explained': r.explained, 'data-identified': r.identified,
        'data-missing': r.missing});
      g.append(svg('text', {x: left, y: y + 13, 'font-size': 13, 'font-weight': 600, fill: '#1d2433'}, r.label));
      let x = left;
      const parts = [['explained', r.explained, '#1f7a4d', '#fff'], ['identified', r.identified, '#c27c0e', '#fff'],
        ['missing', r.missing, '#c9ced8', '#1d2433']];
      if (n === 0) {
        g.append(svg('rect', {x: left, y: y + labelH + 2, width: barW, height: barH, fill: '#eef0f4', rx: 3}));
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
          g.append(svg('text', {x: x + w / 2, y: y + labelH + 15, 'font-size': 12, 'text-anchor': 'middle', fill: ink,
            'pointer-events': 'none'}, pct + '%'));
        }
        x += w;
      }
      chart.append(g);
    });
    document.getElementById('chart').replaceChildren(chart);
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

  // ---------- results table ----------

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
    if (c === 0) c = a.seq - b.seq;
    return c * sort.dir;
  }

  function markCell(row) {
    if (row.state === 'waiting') return el('span', {class: 'muted'}, '…');
    if (row.state === 'failed' && !row.override) return el('span', {class: 'flag error'}, 'failed');
    if (row.override) {
      return el('span', {}, el('span', {class: 'final-changed', title: 'Overridden by ' + row.override.by}, String(row.finalMark)),
        row.suggestedMark !== null ? el('span', {class: 'muted small'}, ' (was ' + row.suggestedMark + ')') : null);
    }
    return String(row.finalMark);
  }

  function renderTable() {
    const rows = batch.answers.filter(r => !reviewOnly.checked || r.needsReview).sort(compare);
    const body = document.querySelector('#results tbody');
    body.replaceChildren(...rows.map(r => {
      const tr = el('tr', {class: 'clickable' + (r.id === selected ? ' selected' : ''), tabindex: 0,
        'data-answer-id': r.id, 'data-needs-review': r.needsReview ? 'true' : 'false'},
        el('td', {}, r.id),
        el('td', {class: 'num'}, markCell(r)),
        el('td', {}, r.level || ''),
        el('td', {}, r.needsReview && r.flags.length === 0 ? el('span', {class: 'flag'}, 'review') : flagList(r.flags)),
        el('td', {class: 'preview hide-narrow'}, r.preview));
      tr.addEventListener('click', () => openAnswer(r.id));
      tr.addEventListener('keydown', e => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          openAnswer(r.id);
        }
      });
      return tr;
    }));
    document.getElementById('shown').textContent = reviewOnly.checked
      ? rows.length + ' of ' + batch.answers.length + ' answers need review'
      : batch.answers.length + ' answers · click a row to see it';
    for (const th of document.querySelectorAll('#results th[data-key]')) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
  }

  for (const th of document.querySelectorAll('#results th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      sort = {key: th.dataset.key, dir: sort.key === th.dataset.key ? -sort.dir : 1};
      renderTable();
    });
  }
  reviewOnly.addEventListener('change', renderTable);
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => batch && renderChart(), 150);
  });

  // ---------- answer detail + override ----------

  async function openAnswer(id) {
    selected = id;
    renderTable();
    const body = document.getElementById('detail-body');
    let detail;
    try {
      detail = await api('GET', base + '/answers/' + encodeURIComponent(id));
    } catch (e) {
      showError(pageError, e);
      return;
    }
    if (selected !== id) return;
    document.getElementById('detail-empty').classList.add('hidden');
    body.classList.remove('hidden');
    body.replaceChildren(...renderDetail(detail));
    if (window.matchMedia('(max-width: 860px)').matches) document.getElementById('detail').scrollIntoView();
  }

  function renderDetail(d) {
    const row = d.row;
    const r = d.result;
    const parts = [el('h3', {'data-testid': 'detail-id'}, 'Answer ' + row.id + ' · line ' + row.line)];
    if (r) {
      parts.push(el('div', {class: 'score'},
        el('span', {class: 'mark', 'data-testid': 'detail-final'}, row.finalMark + '/' + d.maxMark),
        el('span', {class: 'level'}, r.level),
        el('span', {class: 'muted small'}, row.override ? 'overridden · suggested ' + row.suggestedMark
          : 'suggested · confidence ' + Math.round(r.confidence * 100) + '%')));
      parts.push(highlightedAnswer(d.text, r));
      if (r.flags.length) {
        parts.push(el('h3', {}, 'Flags'));
        parts.push(el('ul', {class: 'small'}, r.flags.map(f => el('li', {}, el('span', {class: 'flag'}, f.code), ' ', f.message))));
      }
      parts.push(el('h3', {}, 'Points and evidence'));
      const list = checklist(r, rubric);
      r.points.forEach((p, i) => {
        if (!p.spans.length) return;
        const li = list.children[i];
        li.append(el('div', {class: 'small muted', style: null}, 'Evidence: ',
          p.spans.map(s => '“' + s.text + '”').join(' · ')));
      });
      parts.push(list);
    } else {
      parts.push(el('p', {class: 'muted'}, row.state === 'failed' ? 'Marking failed: ' + row.error : 'Waiting to be marked…'));
      parts.push(el('div', {class: 'answer-view'}, d.text));
    }
    parts.push(overrideForm(row, d.maxMark));
    return parts;
  }

  function overrideForm(row, maxMark) {
    const error = el('div', {class: 'error hidden', role: 'alert'});
    const mark = el('input', {type: 'number', id: 'override-mark', min: 0, max: maxMark, step: 1, required: true,
      value: row.override ? row.override.mark : (row.suggestedMark ?? '')});
    const reason = el('textarea', {id: 'override-reason', rows: 3, maxlength: 1000, required: true,
      placeholder: 'Why this mark? e.g. "Explains the Lenin Enrolment in the second paragraph."'});
    reason.value = row.override ? row.override.reason : '';
    const save = el('button', {type: 'submit', id: 'override-save'}, row.override ? 'Update override' : 'Override mark');
    const clear = row.override ? el('button', {type: 'button', class: 'secondary', id: 'override-clear'}, 'Remove override') : null;
    const form = el('form', {class: 'card', style: null, 'data-testid': 'override-form'},
      el('h3', {}, 'Override the mark'),
      row.override ? el('p', {class: 'small muted', 'data-testid': 'override-info'}, 'Overridden to ' + row.override.mark
        + ' by ' + row.override.by + ' on ' + formatTime(row.override.at) + '. Suggested: ' + row.suggestedMark + '.') : null,
      el('div', {class: 'field'}, el('label', {for: 'override-mark'}, 'Mark (0–' + maxMark + ')'), mark),
      el('div', {class: 'field'}, el('label', {for: 'override-reason'}, 'Reason'), reason),
      el('div', {class: 'row'}, save, clear),
      error);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      error.classList.add('hidden');
      const value = mark.value === '' ? null : Number(mark.value);
      try {
        await api('PUT', base + '/answers/' + encodeURIComponent(row.id) + '/override', {mark: value, reason: reason.value});
        await refresh();
        await openAnswer(row.id);
      } catch (err) {
        showError(error, err);
      }
    });
    if (clear) {
      clear.addEventListener('click', async () => {
        try {
          await api('DELETE', base + '/answers/' + encodeURIComponent(row.id) + '/override');
          await refresh();
          await openAnswer(row.id);
        } catch (err) {
          showError(error, err);
        }
      });
    }
    return form;
  }

  // ---------- loading ----------

  async function refresh() {
    batch = await api('GET', base);
    renderSummary();
    renderChart();
    renderTable();
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
      await refresh();
      rubric = await api('GET', '/api/rubrics/' + encodeURIComponent(batch.rubricId)).catch(() => null);
      if (batch.status !== 'done') setTimeout(poll, 600);
    } catch (e) {
      showError(pageError, e);
      document.getElementById('summary').classList.add('hidden');
    }
  })();
})();
