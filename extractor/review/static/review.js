// iro review: one document's figures, keyboard first. Plain JavaScript, no framework.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const figures = data.figures;
  const sha = data.sha;
  const units = Object.fromEntries(data.metrics.map(m => [m.id, m.unit]));
  const labels = Object.fromEntries(data.metrics.map(m => [m.id, m.label]));
  const reasonKeys = data.reasons.map(r => r[0]), reasons = Object.fromEntries(data.reasons);
  const $ = id => document.getElementById(id);
  const list = $("figures"), detail = $("detail"), overlay = $("overlay"), img = $("page-img");
  const layouts = {};  // page -> layout (words, boxes), fetched once
  let idx = -1, mode = "view", page = 1, picked = [], message = "", lastMetric = data.metrics[0].id;

  const num = v => (v === null || v === undefined || v === "") ? "" :
    Number(v).toLocaleString("en-GB", {maximumFractionDigits: 6});
  const esc = s => String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g,
    c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
  const current = () => figures[idx];
  const state = f => f.decision ? (f.decision.action === "add" ? "added" : f.decision.action) : (f.status === "to check" ? "open" : "unreviewed");
  const shown = f => {  // the figure as it counts now (corrected values when corrected)
    const d = f.decision;
    if (d && d.action === "correct") return {metric: d.new_metric, period: d.new_period, comparator: d.new_comparator,
                                             value: d.new_value, value_high: d.new_value_high, unit: d.new_unit};
    return f;
  };
  const valueText = f => num(f.value) + (f.value_high !== null && f.value_high !== undefined ? "–" + num(f.value_high) : "");

  function renderList() {
    list.innerHTML = "";
    figures.forEach((f, i) => {
      const li = document.createElement("li");
      const s = shown(f);
      li.dataset.key = f.key;
      li.className = "fig " + state(f) + (i === idx ? " current" : "");
      li.innerHTML = `<span class="pg">p.${esc(f.page)}</span><span class="m">${esc(labels[s.metric] || s.metric)}</span>` +
        `<span class="pd">${esc(s.period)}</span><span class="cmp">${esc(s.comparator === "la" ? "" : s.comparator.replace(/_/g, " "))}</span>` +
        `<span class="v">${esc(valueText(s))}</span><span class="st">${esc(state(f) === "open" ? "to check" : state(f) === "unreviewed" ? "" : state(f))}</span>`;
      li.addEventListener("click", () => select(i));
      list.appendChild(li);
    });
    const done = figures.filter(f => f.decision).length;
    const open = figures.filter(f => !f.decision && f.status === "to check").length;
    $("progress").textContent = `${done} of ${figures.length} reviewed · ${open} to check left`;
  }

  function select(i, keepMode) {
    if (!figures.length) { idx = -1; renderDetail(); showPage(page); return; }
    idx = Math.max(0, Math.min(figures.length - 1, i));
    if (!keepMode) { mode = "view"; message = ""; }
    [...list.children].forEach((li, j) => li.classList.toggle("current", j === idx));
    const li = list.children[idx];
    if (li && li.scrollIntoView) li.scrollIntoView({block: "nearest"});
    renderDetail();
    showPage(current().page || 1);
  }

  async function layout(n) {
    if (!layouts[n]) {
      const r = await fetch(`/doc/${sha}/page/${n}/layout`, {headers: {"Accept": "application/json"}});
      layouts[n] = r.ok ? await r.json() : {error: (await r.json().catch(() => ({}))).error || r.statusText};
    }
    return layouts[n];
  }

  async function showPage(n) {
    n = Math.max(1, Math.min(data.pages || 1, n));
    if (n !== page || !img.getAttribute("src").endsWith(`/page/${n}.png`)) img.src = `/doc/${sha}/page/${n}.png`;
    if (n !== page && mode === "add") {  // words picked on another page no longer apply
      picked = [];
      const form = detail.querySelector("form");
      if (form) { form.evidence.value = ""; form.querySelector("h3").textContent = `Add a figure on page ${n}`; }
    }
    page = n;
    $("page-no").textContent = n;
    const lay = await layout(n);
    if (n !== page) return;
    drawOverlay(lay);
  }

  function pct(v, of) { return (100 * v / of).toFixed(3) + "%"; }

  function place(el, b, lay) {
    el.style.left = pct(b[0], lay.width); el.style.top = pct(b[1], lay.height);
    el.style.width = pct(b[2] - b[0], lay.width); el.style.height = pct(b[3] - b[1], lay.height);
  }

  function drawOverlay(lay) {
    overlay.innerHTML = "";
    $("page-note").textContent = lay.error ? lay.error : (lay.ocr ? "no text layer on this page: no highlight" : "");
    if (lay.error) return;
    const f = current();
    if (mode === "add") {
      lay.words.forEach((w, i) => {
        const el = document.createElement("span");
        el.className = "word" + (picked.includes(i) ? " picked" : "");
        el.title = w[4];
        el.dataset.i = i;
        place(el, w, lay);
        el.addEventListener("click", ev => { ev.preventDefault(); pick(i); });
        overlay.appendChild(el);
      });
      return;
    }
    if (f && f.page === page) {
      let boxes = lay.boxes[f.key];
      if (!boxes) {  // an added figure (or one added since the layout was fetched)
        delete layouts[page];
        return void layout(page).then(l => { if (l.boxes && l.boxes[f.key]) drawOverlay(l); });
      }
      boxes.forEach(b => {
        const el = document.createElement("div");
        el.className = "box " + b[4];
        place(el, b, lay);
        overlay.appendChild(el);
      });
      const first = overlay.querySelector(".box");
      if (first && first.scrollIntoView) first.scrollIntoView({block: "center"});
      if (!boxes.length) $("page-note").textContent = "evidence not found on the page's words";
    }
  }

  function pick(i) {
    const at = picked.indexOf(i);
    if (at >= 0) picked.splice(at, 1); else picked.push(i);
    picked.sort((a, b) => a - b);
    const lay = layouts[page];
    const form = detail.querySelector("form");
    if (form && lay) {
      const words = picked.map(j => lay.words[j][4]);
      form.evidence.value = words.join(" ");
      const numeric = words.map(w => w.replace(/[,£%]/g, "").replace(/[.;:)]+$/, "")).filter(w => /^\d+(\.\d+)?$/.test(w));
      if (numeric.length && !form.value.dataset.typed) form.value.value = numeric[numeric.length - 1];
    }
    const el = overlay.querySelector(`.word[data-i="${i}"]`);
    if (el) el.classList.toggle("picked", picked.includes(i));
  }

  function options(items, selected) {
    return items.map(([v, t]) => `<option value="${esc(v)}"${v === selected ? " selected" : ""}>${esc(t)}</option>`).join("");
  }

  function fieldsForm(s, title, extra) {
    return `<form class="edit" autocomplete="off"><h3>${esc(title)}</h3>
      <label>Metric <select name="metric">${options(data.metrics.map(m => [m.id, m.label + " (" + m.id + ")"]), s.metric)}</select></label>
      <label>Period <input name="period" value="${esc(s.period || data.period || "")}" placeholder="2019-20" size="8"></label>
      <label>Comparator <select name="comparator">${options(data.comparators.map(c => [c, c.replace(/_/g, " ")]), s.comparator || "la")}</select></label>
      <label>Value <input name="value" value="${esc(s.value === undefined || s.value === null ? "" : s.value)}" size="10" inputmode="decimal"></label>
      <label>Value high <input name="value_high" value="${esc(s.value_high === undefined || s.value_high === null ? "" : s.value_high)}" size="10" inputmode="decimal" placeholder="(range)"></label>
      ${extra || ""}
      <div class="buttons"><button type="submit">Save (Enter)</button> <button type="button" class="cancel">Cancel (Esc)</button></div></form>`;
  }

  function renderDetail() {
    const f = current();
    const msg = message ? `<p class="message">${esc(message)}</p>` : "";
    if (mode === "add") {
      detail.innerHTML = msg + fieldsForm({metric: lastMetric, comparator: "la"}, `Add a figure on page ${page}`,
        `<label class="wide">Evidence <textarea name="evidence" rows="3" placeholder="click the words on the page, or type the sentence"></textarea></label>`);
      wireForm(detail.querySelector("form"), form => ({action: "add", page: page, evidence: form.evidence.value,
        ...values(form)}));
      detail.querySelector("[name=value]").addEventListener("input", e => { e.target.dataset.typed = "1"; });
      detail.querySelector("[name=metric]").focus();
      return;
    }
    if (!f) { detail.innerHTML = msg + "<p>No figures in this document. Press <kbd>n</kbd> to add one.</p>"; return; }
    const s = shown(f), d = f.decision;
    let decision = "";
    if (d) {
      const what = d.action === "reject" ? `rejected: ${esc(reasons[d.reason] || d.reason)}` :
        d.action === "correct" ? `corrected (the tool said ${esc(f.metric)} ${esc(f.period)} ${esc(f.comparator)} ${esc(valueText(f))})` :
        d.action === "add" ? "added" : "accepted";
      decision = `<p class="decision ${esc(d.action)}">${what} by ${esc(d.reviewer)} <small>${esc((d.reviewed_at || "").replace("T", " "))}</small></p>`;
    }
    let body = `<table class="facts">
      <tr><th>Metric</th><td>${esc(labels[s.metric] || s.metric)} <code>${esc(s.metric)}</code></td></tr>
      <tr><th>Period</th><td>${esc(s.period)}</td></tr><tr><th>Comparator</th><td>${esc(s.comparator)}</td></tr>
      <tr><th>Value</th><td class="value">${esc(valueText(s))} <small>${esc(s.unit || units[s.metric] || "")}</small></td></tr>
      <tr><th>Confidence</th><td>${f.confidence === null || f.confidence === undefined ? "" : Number(f.confidence).toFixed(2)} <small>${esc(f.status)}</small></td></tr>
      <tr><th>Found by</th><td>${esc(f.method)} <small>${esc(f.rule)}</small></td></tr>
      ${f.signals ? `<tr><th>Signals</th><td><small>${esc(f.signals)}</small></td></tr>` : ""}
      <tr><th>Page</th><td>${esc(f.page)}</td></tr></table>
      <blockquote class="evidence">${esc(f.evidence)}</blockquote>`;
    if (mode === "edit") {
      detail.innerHTML = msg + decision + body + fieldsForm(s, "Correct");
      wireForm(detail.querySelector("form"), form => ({action: "correct", key: f.key, prev: d ? d.id : "", ...values(form)}));
      const v = detail.querySelector("[name=value]"); v.focus(); v.select();
      return;
    }
    if (mode === "reject") {
      body += `<div class="reasons"><h3>Reject: why?</h3>` + reasonKeys.map((r, i) =>
        `<button type="button" data-reason="${esc(r)}"><kbd>${i + 1}</kbd> ${esc(reasons[r])}</button>`).join("") +
        ` <button type="button" class="cancel">Cancel (Esc)</button></div>`;
    } else {
      body += `<div class="actions">` + (f.added ? "" :
        `<button type="button" data-act="accept"><kbd>a</kbd> Accept</button>
        <button type="button" data-act="edit"><kbd>e</kbd> Correct</button>
        <button type="button" data-act="reject"><kbd>r</kbd> Reject</button>`) +
        (d ? `<button type="button" data-act="undo"><kbd>u</kbd> ${f.added ? "Remove" : "Undo"}</button>` : "") +
        `<button type="button" data-act="add"><kbd>n</kbd> Add a figure</button></div>`;
    }
    detail.innerHTML = msg + decision + body;
    detail.querySelectorAll("[data-act]").forEach(b => b.addEventListener("click", () => act(b.dataset.act)));
    detail.querySelectorAll("[data-reason]").forEach(b => b.addEventListener("click", () => reject(b.dataset.reason)));
    detail.querySelectorAll(".cancel").forEach(b => b.addEventListener("click", cancel));
  }

  function values(form) {
    return {metric: form.metric.value, period: form.period.value.trim(), comparator: form.comparator.value,
            value: form.value.value.trim(), value_high: form.value_high.value.trim()};
  }

  function wireForm(form, params) {
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      const p = params(form);
      if (p.action === "add") lastMetric = p.metric;
      send(p);
    });
    form.querySelector(".cancel").addEventListener("click", cancel);
    form.querySelectorAll("select").forEach(s => s.addEventListener("keydown", ev => {
      if (ev.key === "Enter") { ev.preventDefault(); form.requestSubmit(); }
    }));
  }

  function cancel() { mode = "view"; message = ""; picked = []; renderDetail(); showPage(page); }

  async function send(params) {
    let r, body;
    try {
      r = await fetch(`/doc/${sha}/decide`, {method: "POST", body: new URLSearchParams(params),
        headers: {"Accept": "application/json"}});
      body = await r.json();
    } catch (e) {
      message = "could not save: " + e; renderDetail(); return false;
    }
    if (!r.ok) { message = `not saved (${r.status}): ${body.error || r.statusText}`; renderDetail(); return false; }
    message = "";
    const at = figures.findIndex(f => f.key === body.key);
    if (body.figure && at >= 0) figures[at] = body.figure;
    else if (body.figure) figures.push(body.figure);
    else if (at >= 0) figures.splice(at, 1);  // an added figure removed
    const wasAdd = params.action === "add";
    mode = "view"; picked = [];
    if (wasAdd) delete layouts[params.page];
    renderList();
    let next = figures.findIndex(f => f.key === body.key);
    if (params.action === "accept" || params.action === "reject" || params.action === "correct") {
      const after = figures.findIndex((f, j) => j > next && !f.decision);
      if (after >= 0) next = after;
    }
    select(next >= 0 ? next : Math.min(idx, figures.length - 1));
    return true;
  }

  function reject(reason) {
    const f = current();
    send({action: "reject", key: f.key, prev: f.decision ? f.decision.id : "", reason: reason});
  }

  function act(what) {
    const f = current();
    if (what === "add") { mode = "add"; picked = []; message = ""; renderDetail(); showPage(page); return; }
    if (!f || f.added && what !== "undo") return;
    if (what === "accept") send({action: "accept", key: f.key, prev: f.decision ? f.decision.id : ""});
    else if (what === "undo") { if (f.decision) send({action: "undo", key: f.key, prev: f.decision.id}); }
    else { mode = what; message = ""; renderDetail(); }
  }

  function toggleHelp(show) { $("help").hidden = !show; }

  document.addEventListener("keydown", ev => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (!$("help").hidden) { toggleHelp(false); ev.preventDefault(); return; }
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName);
    if (ev.key === "Escape") { if (mode !== "view") { ev.preventDefault(); cancel(); } return; }
    if (typing) return;
    if (mode === "reject" && /^[1-9]$/.test(ev.key)) {
      const r = reasonKeys[Number(ev.key) - 1];
      if (r) { ev.preventDefault(); reject(r); }
      return;
    }
    if (mode === "add" && (ev.key === "[" || ev.key === "]")) { ev.preventDefault(); showPage(page + (ev.key === "]" ? 1 : -1)); return; }
    if (mode === "edit" || mode === "add") return;
    const k = ev.key;
    if (k === "j" || k === "ArrowDown") select(idx + 1);
    else if (k === "k" || k === "ArrowUp") select(idx - 1);
    else if (k === "a") act("accept");
    else if (k === "e") act("edit");
    else if (k === "r") act("reject");
    else if (k === "u") act("undo");
    else if (k === "n") act("add");
    else if (k === "]") showPage(page + 1);
    else if (k === "[") showPage(page - 1);
    else if (k === "?") toggleHelp(true);
    else return;
    ev.preventDefault();
  });
  $("prev-page").addEventListener("click", () => showPage(page - 1));
  $("next-page").addEventListener("click", () => showPage(page + 1));
  $("help-button").addEventListener("click", () => toggleHelp(true));
  $("help").addEventListener("click", () => toggleHelp(false));
  img.addEventListener("error", () => { $("page-note").textContent = "the page image could not be loaded"; });

  renderList();
  const wanted = new URLSearchParams(location.search).get("fig");
  const start = wanted ? figures.findIndex(f => f.key === wanted) : -1;
  select(start >= 0 ? start : 0);
  document.body.dataset.ready = "1";
})();
