/* Feedback slips for a whole class set, one per student, for printing. */
'use strict';

(() => {
  const {el, api, showError, readableRefs, loadNoteTitles} = Premark;
  const batchId = document.body.dataset.batchId;
  const base = '/api/batches/' + encodeURIComponent(batchId);

  function points(title, items, cls) {
    if (!items.length) return null;
    return el('div', {class: 'slip-points ' + cls}, el('h3', {}, title), el('ul', {}, items.map(i => el('li', {}, i))));
  }

  function slip(s, batch) {
    return el('article', {class: 'slip', 'data-answer-id': s.id},
      el('header', {class: 'slip-head'},
        el('strong', {class: 'slip-id'}, s.id),
        el('span', {class: 'spacer'}),
        el('span', {class: 'slip-mark', 'data-testid': 'slip-mark'}, s.finalMark === null ? '–' : s.finalMark + '/' + s.maxMark),
        s.level ? el('span', {class: 'slip-level'}, s.level) : null),
      el('p', {class: 'slip-question small'}, batch.question),
      el('div', {class: 'slip-grid'},
        points('Explained', s.explained, 'explained'),
        points('Identified, not yet explained', s.identified, 'identified'),
        points('Missed', s.missing, 'missing')),
      s.feedback.length ? el('div', {class: 'slip-next'}, el('h3', {}, 'Next steps'),
        el('ul', {}, s.feedback.map(f => el('li', {}, readableRefs(f))))) : null);
  }

  document.getElementById('print').addEventListener('click', () => window.print());

  (async () => {
    try {
      const [batch, slips] = await Promise.all([api('GET', base), api('GET', base + '/slips'), loadNoteTitles()]);
      document.title = 'premark · Feedback slips · ' + batch.name;
      document.getElementById('title').textContent = 'Feedback slips · ' + batch.name;
      document.getElementById('slips').replaceChildren(...slips.map(s => slip(s, batch)));
    } catch (e) {
      showError(document.getElementById('page-error'), e);
    }
  })();
})();
