/*
 * The teacher's home: upload a class list (CSV or .xlsx), see how it was read with its first rows, choose the id
 * column and, for each question, the answer column and the question; list of their class sets.
 */
'use strict';

(() => {
  const {el, api, showError, formatTime} = Premark;
  const form = document.getElementById('upload');
  const file = document.getElementById('file');
  const name = document.getElementById('name');
  const idColumn = document.getElementById('id-column');
  const targets = document.getElementById('targets');
  const button = document.getElementById('upload-button');
  const status = document.getElementById('upload-status');
  const uploadError = document.getElementById('upload-error');
  const maxBytes = Number(form.dataset.maxBytes);
  let rubrics = [];
  let preview = null;

  function sizeText(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function options(select, values, chosen, placeholder) {
    select.replaceChildren(el('option', {value: ''}, placeholder),
      ...values.map(v => el('option', {value: v.value, selected: v.value === chosen ? true : null}, v.text)));
  }

  /** One answer column and the question it answers. No question is chosen for the teacher. */
  function addTarget(column) {
    const n = targets.children.length + 1;
    const answer = el('select', {id: 'answer-column-' + n, name: 'answerColumn', class: 'answer-column', required: true});
    const question = el('select', {id: 'rubric-' + n, name: 'rubricId', class: 'rubric', required: true});
    options(answer, (preview ? preview.columns : []).map(c => ({value: c, text: c})), column, 'Choose the column…');
    options(question, rubrics.map(r => ({value: r.id, text: r.question})), null, 'Choose the question…');
    const remove = n > 1 ? el('button', {type: 'button', class: 'secondary small-btn', 'aria-label': 'Remove this question column',
      onclick: () => row.remove()}, 'Remove') : el('span');
    const row = el('div', {class: 'target'},
      el('div', {class: 'field'}, el('label', {for: answer.id}, n === 1 ? 'Answer column' : 'Answer column ' + n), answer),
      el('div', {class: 'field'}, el('label', {for: question.id}, 'Question for this column'), question),
      el('div', {class: 'field'}, remove));
    targets.append(row);
    return row;
  }

  async function loadRubrics() {
    rubrics = await api('GET', '/api/rubrics');
    targets.replaceChildren();
    addTarget(null);
  }

  async function loadPreview() {
    uploadError.classList.add('hidden');
    preview = null;
    document.getElementById('preview').classList.add('hidden');
    document.getElementById('columns').classList.add('hidden');
    const chosen = file.files[0];
    if (!chosen) return;
    if (chosen.size > maxBytes) {
      showError(uploadError, new Error('The file is ' + sizeText(chosen.size) + '; the upload limit is '
        + sizeText(maxBytes) + '. Split the class set into smaller files.'));
      return;
    }
    const data = new FormData();
    data.append('file', chosen);
    status.textContent = 'Reading the file…';
    try {
      preview = await api('POST', '/api/batches/preview', data);
    } catch (e) {
      showError(uploadError, e);
      status.textContent = '';
      return;
    }
    status.textContent = '';
    if (!name.value.trim()) name.value = chosen.name.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
    document.getElementById('read-as').replaceChildren(el('strong', {}, 'Read as ' + preview.readAs + '. '),
      preview.totalRows + (preview.totalRows === 1 ? ' row' : ' rows') + '; the first '
      + Math.min(preview.rows.length, preview.totalRows) + ' are shown.');
    document.getElementById('preview-table').replaceChildren(
      el('thead', {}, el('tr', {}, preview.columns.map(c => el('th', {}, c)))),
      el('tbody', {}, preview.rows.map(r => el('tr', {}, r.map(v => el('td', {}, v))))));
    options(idColumn, preview.columns.map(c => ({value: c, text: c})), preview.idColumn, 'Choose the column…');
    targets.replaceChildren();
    addTarget(preview.answerColumn);
    document.getElementById('preview').classList.remove('hidden');
    document.getElementById('columns').classList.remove('hidden');
  }

  async function loadBatches() {
    const errorBox = document.getElementById('list-error');
    let batches;
    try {
      batches = await api('GET', '/api/batches');
    } catch (e) {
      showError(errorBox, e);
      return;
    }
    const table = document.getElementById('batches');
    document.getElementById('empty').classList.toggle('hidden', batches.length > 0);
    table.classList.toggle('hidden', batches.length === 0);
    table.tBodies[0].replaceChildren(...batches.map(b => el('tr', {},
      el('td', {}, el('a', {href: '/teacher/batches/' + encodeURIComponent(b.id)}, b.name),
        b.name !== b.fileName ? el('div', {class: 'muted small'}, b.fileName) : null),
      el('td', {}, b.question),
      el('td', {class: 'hide-narrow'}, formatTime(b.createdAt)),
      el('td', {}, b.status === 'done' ? b.total + ' marked' : 'marking ' + b.done + '/' + b.total))));
    if (batches.some(b => b.status === 'marking')) setTimeout(loadBatches, 1500);
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    uploadError.classList.add('hidden');
    const chosen = file.files[0];
    if (!chosen) {
      showError(uploadError, new Error('Choose a file first.'));
      file.focus();
      return;
    }
    if (!preview) {
      await loadPreview();
      if (!preview) return;
    }
    const rows = [...targets.querySelectorAll('.target')];
    for (const control of [idColumn, ...rows.flatMap(r => [...r.querySelectorAll('select')])]) {
      if (!control.value) {
        const label = form.querySelector('label[for="' + control.id + '"]');
        showError(uploadError, new Error('Choose the ' + (label ? label.textContent.toLowerCase() : 'value') + '.'));
        control.focus();
        return;
      }
    }
    const data = new FormData();
    data.append('file', chosen);
    data.append('name', name.value);
    data.append('idColumn', idColumn.value);
    for (const r of rows) {
      data.append('answerColumn', r.querySelector('.answer-column').value);
      data.append('rubricId', r.querySelector('.rubric').value);
    }
    button.disabled = true;
    status.textContent = 'Uploading…';
    try {
      const batch = await api('POST', '/api/batches', data);
      location.assign(batch.others.length ? '/teacher' : '/teacher/batches/' + encodeURIComponent(batch.id));
    } catch (err) {
      showError(uploadError, err);
      status.textContent = '';
      button.disabled = false;
    }
  });

  file.addEventListener('change', loadPreview);
  form.addEventListener('change', e => {
    if (e.target !== file) uploadError.classList.add('hidden');
  });
  document.getElementById('add-target').addEventListener('click', () => addTarget(null).querySelector('select').focus());
  loadRubrics().catch(e => showError(uploadError, e));
  loadBatches();
})();
