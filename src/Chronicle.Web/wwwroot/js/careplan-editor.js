// Autosave for the care-plan editor: posts the same form to the Autosave handler a moment after
// the last change, and reports the result in the status line. Without this script, Save draft
// does the same. Alt+N / Alt+P move between sections; Ctrl+S saves the draft now.
(function () {
    'use strict';
    var form = document.getElementById('care-plan-form');
    var status = document.getElementById('autosave-status');
    if (!form || !status || !window.fetch) {
        return;
    }

    var timer = null;
    var pending = false;

    function save() {
        timer = null;
        pending = false;
        status.textContent = 'Saving draft…';
        fetch(form.getAttribute('data-autosave'), { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
            .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
            .then(function (result) {
                status.textContent = result.ok ? 'Draft saved at ' + result.body.saved + '.' : 'Not saved: ' + result.body.error;
            })
            .catch(function () { status.textContent = 'Not saved: the server could not be reached. Use Save draft.'; });
    }

    function changed() {
        pending = true;
        if (timer) {
            clearTimeout(timer);
        }
        timer = setTimeout(save, 1500);
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', function () {
        if (timer) {
            clearTimeout(timer);
            timer = null;
        }
    });

    var sections = Array.prototype.slice.call(document.querySelectorAll('.plan-section'));
    function current() {
        for (var i = sections.length - 1; i >= 0; i--) {
            if (sections[i].contains(document.activeElement) || sections[i].getBoundingClientRect().top <= 80) {
                return i;
            }
        }
        return -1;
    }

    function focusSection(index) {
        var target = sections[Math.max(0, Math.min(sections.length - 1, index))];
        var field = target.querySelector('input:not([type=hidden]), textarea, select');
        target.scrollIntoView();
        if (field) {
            field.focus();
        }
    }

    document.addEventListener('keydown', function (e) {
        if (e.altKey && (e.key === 'n' || e.key === 'N')) {
            e.preventDefault();
            focusSection(current() + 1);
        } else if (e.altKey && (e.key === 'p' || e.key === 'P')) {
            e.preventDefault();
            focusSection(current() - 1);
        } else if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
            e.preventDefault();
            save();
        }
    });

    window.addEventListener('beforeunload', function (e) {
        if (pending) {
            e.preventDefault();
        }
    });
}());
