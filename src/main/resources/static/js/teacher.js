/* The teacher's home: upload a class CSV for a question; list of their class sets. */
'use strict';

(() => {
  const {el, api, showError, formatTime} = Premark;
  const form = document.getElementById('upload');
  const rubric = document.getElementById('rubric');
  const file = document.getElementById('file');
  const button = document.getElementById('upload-button');
  const status = document.getElementById('upload-status');
  const uploadError = document.getElementById('upload-error');
  const maxBytes = Number(form.dataset.maxBytes);

  function sizeText(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  async function loadRubrics() {
    const rubrics = await api('GET', '/api/rubrics');
    for (const r of rubrics) rubric.append(el('option', {value: r.id}, r.question));
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
      el('td', {}, el('a', {href: '/teacher/batches/' + encodeURIComponent(b.id)}, b.fileName)),
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
      showError(uploadError, new Error('Choose a CSV file first.'));
      return;
    }
    if (chosen.size > maxBytes) {
      showError(uploadError, new Error('The file is ' + sizeText(chosen.size) + '; the upload limit is '
        + sizeText(maxBytes) + '. Split the class set into smaller files.'));
      return;
    }
    const data = new FormData();
    data.append('rubricId', rubric.value);
    data.append('file', chosen);
    button.disabled = true;
    status.textContent = 'Uploading…';
    try {
      const batch = await api('POST', '/api/batches', data);
      location.assign('/teacher/batches/' + encodeURIComponent(batch.id));
    } catch (err) {
      showError(uploadError, err);
      status.textContent = '';
      button.disabled = false;
    }
  });

  loadRubrics().catch(e => showError(uploadError, e));
  loadBatches();
})();
