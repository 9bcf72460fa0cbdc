// Quick exit lands on this neutral page first. If the person chose a public site, go on to it,
// but only once it answers: a site that does not load must never leave a browser error page.
(function () {
  var url = '';
  try {
    url = JSON.parse(localStorage.getItem('prefs') || '{}').exitUrl || '';
  } catch {
    return;
  }
  if (typeof url !== 'string' || url.indexOf('https://') !== 0 || !navigator.onLine || !window.fetch) return;
  var controller = typeof AbortController === 'function' ? new AbortController() : null;
  var timer = setTimeout(function () { if (controller) controller.abort(); }, 5000);
  // An opaque answer is enough: the site is reachable. Nothing is sent that names this app.
  fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal: controller ? controller.signal : undefined })
    .then(function () {
      clearTimeout(timer);
      location.replace(url);
    }, function () { /* unreachable: the neutral page stays */ });
})();
