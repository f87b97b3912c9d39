'use strict';
(() => {
  const params = new URLSearchParams(location.search);
  if (params.has('error')) document.getElementById('signin-error').classList.remove('hidden');
  if (params.has('signedout')) document.getElementById('signed-out').classList.remove('hidden');
})();
