// The import page: files dropped or chosen are sent one request each, so each has its progress
// bar; each file's outcome replaces its bar and is announced. Without this script the form still
// posts every file at once and the server answers with a page of outcomes. No inline script: the
// Content-Security-Policy allows scripts from Diwan only. Texts come from the page (data-*), in
// its language.
(function () {
    'use strict';
    var form = document.getElementById('import-form');
    if (!form || !window.FormData || !window.XMLHttpRequest) {
        return;
    }
    var input = document.getElementById('import-files');
    var zone = document.getElementById('drop-zone');
    var list = document.getElementById('import-results');
    var announcer = document.getElementById('import-announcer');
    var none = document.getElementById('import-none');
    var classification = document.getElementById('import-classification');
    var token = form.querySelector('input[name="_csrf"]');
    var queue = [];
    var busy = false;

    function text(name, file) {
        return (form.getAttribute('data-' + name) || '').replace('{0}', file);
    }

    function announce(message) {
        // emptied first, so that the same words twice are read twice
        announcer.textContent = '';
        window.setTimeout(function () { announcer.textContent = message; }, 50);
    }

    function element(tag, className, content) {
        var e = document.createElement(tag);
        if (className) { e.className = className; }
        if (content) { e.textContent = content; }
        return e;
    }

    function add(files) {
        if (none) { none.hidden = true; }
        Array.prototype.forEach.call(files, function (file) {
            var item = element('li', 'import-result outcome-pending');
            item.appendChild(element('bdi', 'file-name', file.name));
            var bar = element('progress');
            bar.max = 100;
            bar.value = 0;
            bar.setAttribute('aria-label', text('uploading', file.name));
            item.appendChild(bar);
            var state = element('span', 'outcome', text('waiting', file.name));
            item.appendChild(state);
            list.appendChild(item);
            queue.push({ file: file, item: item, bar: bar, state: state, classification: classification.value });
        });
        next();
    }

    function next() {
        if (busy || queue.length === 0) { return; }
        busy = true;
        send(queue.shift());
    }

    function send(job) {
        var data = new FormData();
        data.append('file', job.file, job.file.name);
        data.append('classification', job.classification);
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.setRequestHeader('Accept', 'application/json');
        if (token) { xhr.setRequestHeader('X-CSRF-TOKEN', token.value); }
        job.state.textContent = text('uploading', job.file.name);
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) { job.bar.value = Math.round(100 * e.loaded / e.total); }
        });
        xhr.addEventListener('load', function () {
            var body = null;
            try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
            if (xhr.status === 200 && body && body.status) {
                show(job, body);
            } else {
                failed(job, body && body.message ? body.message : text('failed', job.file.name));
            }
        });
        xhr.addEventListener('error', function () { failed(job, text('failed', job.file.name)); });
        xhr.addEventListener('loadend', function () { busy = false; next(); });
        xhr.send(data);
    }

    function show(job, outcome) {
        // the bar stays, full: the person watched it fill and sees it done
        job.bar.value = 100;
        job.bar.setAttribute('aria-label', outcome.outcome);
        job.item.className = 'import-result outcome-' + outcome.status;
        var state = element('strong', 'outcome', outcome.outcome);
        job.item.replaceChild(state, job.state);
        if (outcome.reason) {
            var reason = element('span', 'reason', outcome.reason);
            reason.lang = 'en';
            reason.dir = 'ltr';
            job.item.appendChild(reason);
        }
        if (outcome.href) {
            var link = element('a', null, text('open', job.file.name));
            link.href = outcome.href;
            if (outcome.symbol) {
                link.appendChild(document.createTextNode(' '));
                var symbol = element('bdi', 'symbol', outcome.symbol);
                symbol.dir = 'ltr';
                link.appendChild(symbol);
            }
            job.item.appendChild(link);
        }
        announce(job.file.name + ': ' + outcome.outcome + (outcome.reason ? ' (' + outcome.reason + ')' : ''));
    }

    function failed(job, message) {
        job.item.className = 'import-result outcome-rejected';
        if (job.bar.parentNode) { job.item.removeChild(job.bar); }
        var state = element('strong', 'outcome', message);
        job.item.replaceChild(state, job.state);
        announce(job.file.name + ': ' + message);
    }

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        if (input.files.length > 0) {
            add(input.files);
            input.value = '';
        }
    });
    ['dragenter', 'dragover'].forEach(function (type) {
        zone.addEventListener(type, function (e) {
            e.preventDefault();
            zone.classList.add('dragging');
        });
    });
    ['dragleave', 'drop'].forEach(function (type) {
        zone.addEventListener(type, function (e) {
            e.preventDefault();
            zone.classList.remove('dragging');
        });
    });
    zone.addEventListener('drop', function (e) {
        if (e.dataTransfer && e.dataTransfer.files.length > 0) {
            add(e.dataTransfer.files);
        }
    });
}());
