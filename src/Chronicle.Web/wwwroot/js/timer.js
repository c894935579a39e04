// The live timer on the patient page. Its state lives on the server (/api/v1/timer), so a reload
// or a second tab shows the same timer; this script only draws it and sends the buttons' commands.
(() => {
  'use strict';
  const root = document.getElementById('live-timer');
  if (!root) {
    return;
  }

  const patientId = root.dataset.patient;
  const $ = (id) => document.getElementById(id);
  const buttons = { start: $('timer-start'), pause: $('timer-pause'), resume: $('timer-resume'), stop: $('timer-stop'), discard: $('timer-discard') };
  const elapsedText = $('timer-elapsed');
  const stateText = $('timer-state');
  const status = $('timer-status');
  const elsewhere = $('timer-elsewhere');
  const elsewhereLink = $('timer-elsewhere-link');
  let timer = null;
  let fetchedAt = performance.now();
  let busy = false;

  const pad = (n) => String(n).padStart(2, '0');
  const clock = (s) => (s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`);
  const here = () => timer !== null && timer.patientId === patientId;
  const elapsed = () => (timer === null ? 0 : timer.elapsedSeconds + (timer.running ? Math.floor((performance.now() - fetchedAt) / 1000) : 0));

  function show(button, visible) {
    button.hidden = !visible;
    button.disabled = busy;
  }

  function draw() {
    const mine = here();
    const state = timer === null ? 'idle' : mine ? (timer.running ? 'running' : 'paused') : 'elsewhere';
    root.dataset.state = state;
    elapsedText.textContent = clock(mine ? elapsed() : 0);
    stateText.textContent = state === 'running' ? 'running' : state === 'paused' ? 'paused' : '';
    show(buttons.start, state === 'idle');
    show(buttons.pause, state === 'running');
    show(buttons.resume, state === 'paused');
    show(buttons.stop, state === 'running' || state === 'paused');
    show(buttons.discard, state === 'running' || state === 'paused');
    elsewhere.hidden = state !== 'elsewhere';
    if (state === 'elsewhere') {
      elsewhereLink.href = `/Patients/${timer.patientId}`;
      elsewhereLink.textContent = timer.patientName;
    }
  }

  function set(view) {
    timer = view;
    fetchedAt = performance.now();
    draw();
  }

  async function call(method, path, body) {
    const response = await fetch(`/api/v1/timer${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    if (response.status !== 204) {
      try {
        data = await response.json();
      } catch {
        data = null;
      }
    }

    return { ok: response.ok, status: response.status, data };
  }

  async function refresh() {
    const result = await call('GET', '');
    if (result.ok) {
      set(result.status === 200 ? result.data : null);
    }
  }

  async function act(action, message) {
    if (busy) {
      return;
    }

    busy = true;
    draw();
    try {
      const result = await action();
      if (result.ok) {
        status.textContent = message(result);
      } else {
        status.textContent = result.data && result.data.detail ? result.data.detail : 'The timer could not be changed; reload the page.';
        await refresh();
      }
    } catch {
      status.textContent = 'The server could not be reached; the timer keeps its state there.';
    } finally {
      busy = false;
      draw();
    }
  }

  const describe = () => ({ activity: $('timer-activity').value, note: $('timer-note').value || null });

  buttons.start.addEventListener('click', () => act(async () => {
    const result = await call('POST', '', { patientId, program: $('timer-program').value, ...describe() });
    if (result.ok) {
      set(result.data);
    }
    return result;
  }, () => 'Timer started.'));

  buttons.pause.addEventListener('click', () => act(async () => {
    const result = await call('POST', '/pause');
    if (result.ok) {
      set(result.data);
    }
    return result;
  }, () => 'Timer paused.'));

  buttons.resume.addEventListener('click', () => act(async () => {
    const result = await call('POST', '/resume');
    if (result.ok) {
      set(result.data);
    }
    return result;
  }, () => 'Timer resumed.'));

  buttons.stop.addEventListener('click', () => act(async () => {
    const body = { confirmLong: false, inpatient: $('timer-inpatient').checked, ...describe() };
    let result = await call('POST', '/stop', body);
    if (!result.ok && result.data && result.data.code === 'TIMER-CONFIRM-LONG') {
      if (!window.confirm(result.data.detail)) {
        return { ok: true, data: null, kept: true };
      }
      result = await call('POST', '/stop', { ...body, confirmLong: true });
    }
    if (result.ok) {
      set(null);
      // The month's totals and records are drawn by the server: show them.
      window.location.reload();
    }
    return result;
  }, (result) => (result.kept ? 'The timer keeps running; stop it when the time is right.' : `Saved ${result.data.minutes} min.`)));

  buttons.discard.addEventListener('click', () => act(async () => {
    if (!window.confirm('Discard this timer? Nothing will be logged.')) {
      return { ok: true, kept: true };
    }
    const result = await call('DELETE', '');
    if (result.ok) {
      set(null);
    }
    return result;
  }, (result) => (result.kept ? '' : 'Timer discarded; nothing was logged.')));

  root.hidden = false;
  refresh();
  window.setInterval(draw, 1000);
  window.setInterval(refresh, 15000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      refresh();
    }
  });
})();
