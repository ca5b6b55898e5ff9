// The door report never lost once tapped: the form is kept on the phone (localStorage) until the
// server has stored it, and sent again — with the same idempotency key, so it is stored once —
// when the signal returns. Without script the form posts as any form does.
(function () {
  'use strict';
  var STORE = 'tsunagu.watch.outbox';

  function load() {
    try {
      return JSON.parse(localStorage.getItem(STORE)) || [];
    } catch (e) {
      return [];
    }
  }

  function save(queue) {
    localStorage.setItem(STORE, JSON.stringify(queue));
  }

  function showQueued() {
    var el = document.getElementById('queued');
    if (el) {
      el.hidden = load().length === 0;
    }
  }

  function forget(key) {
    save(load().filter(function (x) { return x.key !== key; }));
    showQueued();
  }

  function send(item) {
    return fetch(item.url, {
      method: 'POST',
      body: new URLSearchParams(item.body),
      credentials: 'same-origin',
      redirect: 'follow'
    });
  }

  // Stored: the server redirected to the route. Refused (an error to correct): the form again.
  // Anything else (signed out, a server error): kept for the next try.
  function outcome(item, response) {
    var path = new URL(response.url).pathname;
    if (response.ok && path === '/watch/route') {
      forget(item.key);
      return 'stored';
    }
    if (path === '/watch/reports' && response.status < 500) {
      forget(item.key);
      return 'refused';
    }
    return 'kept';
  }

  function flush() {
    var queue = load();
    showQueued();
    if (queue.length === 0) {
      return;
    }
    var item = queue[0];
    send(item)
      .then(function (response) {
        if (outcome(item, response) !== 'kept') {
          flush();
        }
      })
      .catch(showQueued);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('door-report') || !window.fetch) {
      return;
    }
    event.preventDefault();
    var at = form.querySelector('input[name=observedAt]');
    if (at && !at.value) {
      at.value = new Date().toISOString();
    }
    var item = {
      url: form.action,
      key: form.querySelector('input[name=idempotencyKey]').value,
      body: Array.from(new FormData(form).entries())
    };
    var queue = load();
    if (!queue.some(function (x) { return x.key === item.key; })) {
      queue.push(item);
      save(queue);
    }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.disabled = true;
    }
    send(item)
      .then(function (response) {
        var result = outcome(item, response);
        if (result === 'kept') {
          showQueued();
          if (button) {
            button.disabled = false;
          }
          return;
        }
        return response.text().then(function (html) {
          if (result === 'stored') {
            window.location.assign(response.url);
          } else {
            document.open();
            document.write(html);
            document.close();
          }
        });
      })
      .catch(function () {
        showQueued();
        if (button) {
          button.disabled = false;
        }
      });
  });

  window.addEventListener('online', flush);
  window.setInterval(flush, 30000);
  flush();
})();
