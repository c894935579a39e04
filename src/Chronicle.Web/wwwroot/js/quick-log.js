// Today's calls: a row's "Log time" opens a small form; this script only moves the keyboard focus
// to its minutes (so a click or Enter, then the minutes, then Enter logs them) and lets Escape
// close it again. Without script the forms work the same, one Tab further.
(() => {
  'use strict';
  const rows = document.querySelectorAll('details.quick-log');
  rows.forEach((details) => {
    const minutes = details.querySelector('input[name="minutes"]');
    const summary = details.querySelector('summary');
    details.addEventListener('toggle', () => {
      if (details.open && minutes) {
        minutes.focus();
      }
    });
    details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        summary.focus();
      }
    });
  });

  // Back from a refused quick log: its row is open with the minutes typed; put the focus there.
  const refused = document.querySelector('details.quick-log[open] input[name="minutes"]');
  if (refused) {
    refused.focus();
  }
})();
