'use strict';
(() => {
  const params = new URLSearchParams(location.search);
  const username = document.getElementById('username');
  if (params.has('error')) {
    document.getElementById('signin-error').classList.remove('hidden');
    // Keep the user name that was typed, so only the password needs typing again.
    const last = sessionStorage.getItem('premark-username');
    if (last) {
      username.value = last;
      document.getElementById('password').focus();
    }
  }
  if (params.has('signedout')) document.getElementById('signed-out').classList.remove('hidden');
  username.form.addEventListener('submit', () => sessionStorage.setItem('premark-username', username.value));
})();
