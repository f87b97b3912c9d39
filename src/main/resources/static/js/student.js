/* The student page: pick a question, check an answer, see highlights, checklist and next steps. */
'use strict';

(() => {
  const {el, api, countWords, highlightedAnswer, checklist, nextSteps, showError, loadNoteTitles} = Premark;
  const MAX_CHARS = 20000;
  const question = document.getElementById('question');
  const questionText = document.getElementById('question-text');
  const answer = document.getElementById('answer');
  const wordCount = document.getElementById('word-count');
  const check = document.getElementById('check');
  const error = document.getElementById('error');
  let rubrics = [];

  function current() {
    return rubrics.find(r => r.id === question.value);
  }

  function updateCount() {
    const words = countWords(answer.value);
    let text = words + (words === 1 ? ' word' : ' words');
    if (answer.value.length > MAX_CHARS) {
      text += ' · too long: ' + answer.value.length.toLocaleString() + ' of ' + MAX_CHARS.toLocaleString() + ' characters';
    }
    wordCount.textContent = text;
    check.disabled = answer.value.length > MAX_CHARS || !question.value;
  }

  function showQuestion() {
    const r = current();
    questionText.textContent = r ? r.question : '';
    const params = new URLSearchParams(location.search);
    params.set('q', question.value);
    history.replaceState(null, '', '?' + params.toString());
    updateCount();
  }

  async function load() {
    try {
      rubrics = await api('GET', '/api/rubrics');
    } catch (e) {
      showError(error, e);
      return;
    }
    for (const r of rubrics) {
      question.append(el('option', {value: r.id}, r.question.replace(/\s*\[\d+\]\s*$/, '')));
    }
    const wanted = new URLSearchParams(location.search).get('q');
    if (wanted && rubrics.some(r => r.id === wanted)) question.value = wanted;
    showQuestion();
  }

  function score(result, rubric) {
    const box = document.getElementById('score');
    if (result.marksHidden) {
      box.replaceChildren(el('p', {class: 'muted', 'data-testid': 'marks-hidden'},
        'Your teacher has chosen not to show marks for this question. Use the checklist to improve your answer.'));
      return;
    }
    box.replaceChildren(
      el('span', {class: 'mark', 'data-testid': 'mark'}, result.mark + '/' + result.maxMark),
      el('span', {class: 'level', 'data-testid': 'level'}, result.level),
      el('span', {class: 'muted small'}, 'suggested mark · ' + result.wordCount
        + (result.wordCount === 1 ? ' word' : ' words')));
    if (rubric && rubric.levels) {
      const lvl = rubric.levels.find(l => result.mark >= l.low && result.mark <= l.high);
      if (lvl) box.append(el('p', {class: 'muted small', style: null}, lvl.descriptor));
    }
  }

  async function run() {
    const text = answer.value;
    const rubric = current();
    if (!rubric) return;
    error.classList.add('hidden');
    if (!text.trim()) {
      showError(error, new Error('Write your answer first.'));
      answer.focus();
      return;
    }
    check.disabled = true;
    check.textContent = 'Checking…';
    try {
      const result = await api('POST', '/api/mark', {rubricId: rubric.id, answer: text});
      score(result, rubric);
      document.getElementById('answer-view').replaceChildren(highlightedAnswer(text, result));
      document.getElementById('checklist').replaceChildren(checklist(result, rubric));
      document.getElementById('next').replaceChildren(nextSteps(result, true));
      document.getElementById('result-empty').classList.add('hidden');
      document.getElementById('result').classList.remove('hidden');
      if (window.matchMedia('(max-width: 860px)').matches) {
        document.getElementById('result-card').scrollIntoView({behavior: 'smooth'});
      }
    } catch (e) {
      showError(error, e);
    } finally {
      check.textContent = 'Check';
      updateCount();
    }
  }

  question.addEventListener('change', showQuestion);
  answer.addEventListener('input', updateCount);
  answer.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
  });
  check.addEventListener('click', run);
  loadNoteTitles();
  load();
})();
