// Firedrill participant view: plain JS, no libraries. Every text from the server goes in with
// textContent (never innerHTML), so a name like <img src=x onerror=...> shows as text.
'use strict';
(function () {
  const TOKEN = 'X-Firedrill-Token';
  const KEY = 'firedrill.participant';
  const $ = (id) => document.getElementById(id);
  let me = null;            // {token, id, name, role}
  let catalog = null;
  let lastSeq = -1;
  let estimateTimer = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function replace(parent, children) {
    while (parent.firstChild) parent.removeChild(parent.firstChild);
    children.forEach((c) => parent.appendChild(c));
  }
  function pct(v) { return v === null || v === undefined ? 'no data' : (v * 100).toFixed(1) + '%'; }

  async function api(method, path, body, extra) {
    const headers = Object.assign({}, extra || {});
    if (me) headers[TOKEN] = me.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' });
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (!r.ok) { const err = new Error((data && data.error) || ('HTTP ' + r.status)); err.status = r.status; throw err; }
    return data;
  }

  // ---- joining ---------------------------------------------------------------------------------
  function showJoin(message) {
    $('console').hidden = true;
    $('join').hidden = false;
    $('join-error').textContent = message || '';
    const fromUrl = location.hash.replace(/^#/, '');
    if (fromUrl && !$('join-code').value) { $('join-code').value = decodeURIComponent(fromUrl); }
  }
  $('join-roles').addEventListener('click', async () => {
    try {
      const data = await api('GET', '/api/roles', undefined, { 'X-Firedrill-Code': $('join-code').value.trim() });
      replace($('join-role'), data.roles.map((r) => { const o = el('option', null, r); o.value = r; return o; }));
      $('join-more').hidden = false;
      $('join-error').textContent = '';
    } catch (e) { $('join-error').textContent = e.message; }
  });
  $('join-go').addEventListener('click', async () => {
    try {
      const j = await api('POST', '/api/join', { code: $('join-code').value.trim(), name: $('join-name').value,
        role: $('join-role').value });
      me = j;
      localStorage.setItem(KEY, JSON.stringify(me));
      start();
    } catch (e) { $('join-error').textContent = e.message; }
  });

  // ---- the live console ------------------------------------------------------------------------
  async function start() {
    $('join').hidden = true;
    $('console').hidden = false;
    $('me').textContent = me.name + ' · ' + me.role;
    if (!catalog) {
      catalog = await api('GET', '/api/catalog');
      fillCatalog();
    }
    stream();
  }

  // Server-sent events over fetch, so the token travels in a header (EventSource cannot send one).
  async function stream() {
    $('live').textContent = 'connecting…';
    try {
      const r = await fetch('/api/events', { headers: { [TOKEN]: me.token, Accept: 'text/event-stream' },
        credentials: 'omit', cache: 'no-store' });
      if (r.status === 401 || r.status === 403) { forget('Your place in the drill has gone; join again.'); return; }
      const reader = r.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      $('live').textContent = 'live';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let i;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const chunk = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          let event = 'message';
          const data = [];
          chunk.split('\n').forEach((line) => {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          });
          if (event === 'frame') render(JSON.parse(data.join('\n')));
          else if (event === 'removed' || event === 'refused') { forget(data.join('\n')); return; }
        }
      }
    } catch (e) { /* the server went away: retry below */ }
    $('live').textContent = 'reconnecting…';
    setTimeout(reconnect, 1500);
  }
  async function reconnect() {
    try { await api('GET', '/api/me'); stream(); }
    catch (e) {
      if (e.status === 401 || e.status === 403) forget(e.message);
      else { $('live').textContent = 'reconnecting…'; setTimeout(reconnect, 1500); }
    }
  }
  function forget(message) {
    localStorage.removeItem(KEY);
    me = null;
    showJoin(message);
  }

  function render(v) {
    lastSeq = v.seq;
    document.body.dataset.seq = String(v.seq);
    document.body.dataset.tick = String(v.tick);
    $('clock').textContent = v.clock;
    $('paused').hidden = !v.paused || v.ended;
    $('over').hidden = !v.ended;
    $('speed').textContent = v.speed || '—';
    $('elapsed').textContent = v.elapsed;
    $('firing').textContent = String(v.firing);
    $('responders').textContent = v.responders;
    $('title').textContent = v.title;
    $('hint').hidden = !v.hint;
    $('hint').textContent = v.hint ? 'Hint: ' + v.hint : '';
    replace($('alerts'), v.alerts.map((a) => {
      const li = el('li');
      li.appendChild(el('span', 'sev-' + a.severity, a.severity === 'critical' ? 'CRIT ' : a.severity === 'warning' ? 'WARN ' : 'INFO '));
      li.appendChild(el('span', null, a.summary + (a.count > 1 ? ' ×' + a.count : '') + ' · since ' + a.since
        + (a.scopes.length ? ' · ' + a.scopes.join(', ') : '')));
      return li;
    }));
    replace($('channel'), v.channel.map((m) => el('li', m.kind === 'inject' ? 'inject' : null,
      m.time + ' ' + (m.channel ? m.channel + ': ' : '') + m.text)));
    $('channel').scrollTop = $('channel').scrollHeight;
    replace($('services'), v.services.map((s) => {
      const t = el('div', 'tile');
      t.appendChild(el('div', 'muted', s.name));
      t.appendChild(el('div', 'v', pct(s.observed)));
      return t;
    }));
    replace($('actions'), v.actions.map((a) => el('li', null, a.title + (a.target ? ' → ' + a.target : '') + ' · '
      + a.state + (a.state === 'running' ? ' ' + Math.round(a.progress * 100) + '%' : '') + (a.by ? ' · ' + a.by : '')
      + (a.reason ? ' · ' + a.reason : ''))));
    replace($('proposals'), v.proposals.slice().reverse().map((p) => {
      const li = el('li');
      li.appendChild(el('span', 'state-' + p.state, p.state.toUpperCase() + ' '));
      li.appendChild(el('span', null, p.time + ' ' + p.by + ' · ' + p.role + ': ' + p.title
        + (p.target ? ' → ' + p.target : '') + (p.eta ? ' (' + p.eta + ')' : '')));
      li.dataset.id = p.id;
      return li;
    }));
    drawFleet(v.fleet);
    drawDashboards(v.dashboards);
  }

  // The desktop fleet's palette (HealthScale): ok → warn up to 0.35, → bad up to 0.75, → dead at 1.
  const STOPS = [[0x2e, 0xa0, 0x43], [0xd2, 0x99, 0x22], [0xf8, 0x51, 0x49], [0x8e, 0x15, 0x19]];
  function mix(a, b, t) { return 'rgb(' + a.map((x, i) => Math.round(x + (b[i] - x) * t)).join(',') + ')'; }
  function colour(sev) {
    if (sev === null || sev === undefined) return '#6e7681';
    const s = Math.max(0, Math.min(1, sev));
    if (s < 0.35) return mix(STOPS[0], STOPS[1], s / 0.35);
    if (s < 0.75) return mix(STOPS[1], STOPS[2], (s - 0.35) / 0.4);
    return mix(STOPS[2], STOPS[3], (s - 0.75) / 0.25);
  }
  function getVar(n) { return getComputedStyle(document.documentElement).getPropertyValue(n).trim(); }

  // The fleet as the participant window draws it: the desktop's layout (a panel per region, a square
  // per cluster sized by its nodes), scaled to the canvas, coloured by what the dashboards show.
  function drawFleet(f) {
    const c = $('fleet');
    const w = c.clientWidth || 600;
    const geo = catalog.layouts[w < 500 ? 1 : 0];
    const k = w / geo.width;
    const h = Math.round(geo.height * k);
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(w * dpr); c.height = Math.round(h * dpr); c.style.height = h + 'px';
    const g = c.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'top';
    g.fillStyle = getVar('--muted');
    geo.panels.forEach((p) => g.fillText(p.name, p.x * k + 2, p.y * k + 2));
    const painted = [];
    f.severity.forEach((sev, i) => {
      const cell = geo.cells[i];
      if (!cell) return;
      const side = Math.max(1, cell[2] * k - 1);
      g.fillStyle = colour(sev);
      g.fillRect(cell[0] * k, cell[1] * k, side, side);
      painted.push(sev === null ? 'n' : sev.toFixed(2));
    });
    c.dataset.cells = String(painted.length);
    c.dataset.signature = painted.join(',');
  }

  function drawDashboards(series) {
    const box = $('dashboards');
    if (box.childElementCount !== series.length) {
      replace(box, series.map((s) => {
        const d = el('div', 'series');
        d.appendChild(el('div', 'muted'));
        d.appendChild(el('canvas'));
        return d;
      }));
    }
    series.forEach((s, k) => {
      const d = box.children[k];
      const last = s.values.length ? s.values[s.values.length - 1] : null;
      d.firstChild.textContent = s.name + ': ' + pct(last) + (s.name.endsWith('success') ? '' : ' (peak ' + pct(Math.max(0, ...s.values.filter((x) => x !== null))) + ')');
      const c = d.lastChild;
      const w = c.clientWidth || 300, h = 60, dpr = window.devicePixelRatio || 1;
      c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
      const g = c.getContext('2d');
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      g.clearRect(0, 0, w, h);
      g.strokeStyle = s.name.endsWith('success') ? getVar('--ok') : getVar('--warn');
      g.lineWidth = 1.5;
      // Success rates on 0–100 %; the others scaled to their own peak, like the desktop dashboards.
      const top = s.name.endsWith('success') ? 1
        : Math.max(0.01, ...s.values.filter((x) => x !== null));
      g.beginPath();
      let started = false;
      s.values.forEach((v, i) => {
        if (v === null) { started = false; return; }
        const x = s.values.length < 2 ? 0 : i * (w - 2) / (s.values.length - 1) + 1;
        const y = h - 2 - Math.max(0, Math.min(1, v / top)) * (h - 4);
        if (started) g.lineTo(x, y); else { g.moveTo(x, y); started = true; }
      });
      g.stroke();
    });
  }

  // ---- proposals and observations --------------------------------------------------------------
  function option(value, text) { const o = el('option', null, text); o.value = value; return o; }
  function selected() { return catalog.actions.find((a) => a.id === $('p-action').value); }
  function fillCatalog() {
    replace($('p-action'), catalog.actions.map((a) => option(a.id, a.title)));
    $('p-action').addEventListener('change', () => { fillAction(); estimate(); });
    ['p-target', 'p-mode'].forEach((id) => $(id).addEventListener('change', estimate));
    fillAction();
    estimate();
  }
  function fillAction() {
    const a = selected();
    if (!a) return;
    $('p-description').textContent = a.description || '';
    const targets = [option('', 'as the action does by default (' + (a.defaultTarget || 'fleet') + ')'), option('all', 'all clusters')]
      .concat(catalog.regions.map((r) => option('region:' + r, 'region ' + r)))
      .concat(catalog.clusters.map((c) => option(c, 'cluster ' + c)));
    replace($('p-target'), targets);
    replace($('p-mode'), a.modes.map((m) => option(m, m)));
    $('p-mode').value = a.defaultMode;
    replace($('p-params'), Object.keys(a.params).map((k) => {
      const p = a.params[k];
      const l = el('label', null, k + (p.unit ? ' (' + p.unit + ')' : '') + ' ');
      const i = el('input');
      i.type = 'number'; i.dataset.param = k;
      if (p.min !== null) i.min = p.min;
      if (p.max !== null) i.max = p.max;
      if (p.default !== null) i.value = p.default;
      i.addEventListener('input', estimate);
      l.appendChild(i);
      return l;
    }));
  }
  function proposal() {
    const params = {};
    document.querySelectorAll('#p-params input').forEach((i) => { if (i.value !== '') params[i.dataset.param] = Number(i.value); });
    return { action: $('p-action').value, target: $('p-target').value || null, params, mode: $('p-mode').value };
  }
  function estimate() {
    clearTimeout(estimateTimer);
    estimateTimer = setTimeout(async () => {
      try { $('p-eta').textContent = (await api('POST', '/api/estimate', proposal())).eta || '—'; }
      catch (e) { $('p-eta').textContent = e.message; }
    }, 200);
  }
  $('p-send').addEventListener('click', async () => {
    $('p-send').disabled = true;
    try {
      const q = await api('POST', '/api/proposals', proposal());
      $('p-result').textContent = 'Proposed (' + q.id + '); waiting for the incident commander.';
    } catch (e) { $('p-result').textContent = e.message; }
    $('p-send').disabled = false;
  });
  $('o-send').addEventListener('click', async () => {
    try {
      await api('POST', '/api/posts', { text: $('o-text').value });
      $('o-text').value = '';
      $('o-result').textContent = 'Posted.';
    } catch (e) { $('o-result').textContent = e.message; }
  });

  // ---- start: reconnect with the token we hold (after a crash and resume too), else join ---------
  try { me = JSON.parse(localStorage.getItem(KEY) || 'null'); } catch (e) { me = null; }
  if (me && me.token) {
    api('GET', '/api/me').then(start).catch((e) => forget(e.status === 401 || e.status === 403 ? '' : e.message));
  } else {
    showJoin('');
  }
})();
