/* aifin charts: draws the book's charts with Vega and gives each its toolbar.
 *
 * Every chart is a <div class="aifin-chart"> holding its Vega spec (compiled from Vega-Lite when
 * the book was built) as JSON. This script, loaded after Vega on pages with charts, draws each
 * chart with Vega's own bindings for its controls and adds: PNG and SVG downloads (Vega's export),
 * a CSV of the rows the chart shows now, a link that restores the controls, a table view and the
 * sources. Nothing is loaded from another host. Texts come from the page (the book's catalogue).
 */
(() => {
  "use strict";
  const THEME = /*AIFIN_THEME*/ { dark: {}, darkBackground: "#14181e" };
  const ROWS = "aifin_rows";
  const MIN_WIDTH = 160;
  const NARROW = "aifin_narrow";  // true on a phone: legends stack their entries
  const NARROW_BELOW = 440;
  const charts = [];

  const isDark = () => document.documentElement.dataset.theme === "dark";

  function recolour(value, map) {
    if (typeof value === "string") {
      const hit = map[value.toLowerCase()];
      return hit === undefined ? value : hit;
    }
    if (Array.isArray(value)) return value.map((v) => recolour(v, map));
    if (value && typeof value === "object") {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = k === "values" ? v : recolour(v, map);
      return out;
    }
    return value;
  }

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function download(url, file) {
    const a = document.createElement("a");
    a.href = url;
    a.download = file;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function parseValue(text, current) {
    if (typeof current === "number") return Number(text);
    if (typeof current === "boolean") return text === "true";
    return text;
  }

  /* The fragment "#<key>?<key>.<param>=<value>&..." holds the controls of several charts. */
  function readFragment() {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const [focus, query] = hash.split("?");
    const states = {};
    if (query) {
      for (const [name, value] of new URLSearchParams(query)) {
        const dot = name.lastIndexOf(".");
        if (dot < 1) continue;
        const key = name.slice(0, dot);
        (states[key] = states[key] || {})[name.slice(dot + 1)] = value;
      }
    }
    return { focus, states };
  }

  class Chart {
    constructor(element) {
      this.el = element;
      this.spec = JSON.parse(element.querySelector("script.aifin-chart-spec").textContent);
      this.meta = (this.spec.usermeta && this.spec.usermeta.aifin) || {};
      this.key = (element.closest("figure[id]") || element).id;
      this.viewEl = element.querySelector(".aifin-chart-view");
      this.controlsEl = element.querySelector(".aifin-chart-controls");
      this.status = element.querySelector(".aifin-chart-status");
      this.bound = (this.spec.signals || []).filter((s) => s.bind).map((s) => s.name);
      this.initial = Object.fromEntries(
        (this.spec.signals || []).filter((s) => s.bind).map((s) => [s.name, s.value]));
      this.widths = this.widthSignals(this.spec);
      this.narrowable = (this.spec.signals || []).some((s) => s.name === NARROW);
      this.view = null;
      this.toolbar();
    }

    widthSignals(spec) {
      const out = [];
      if (typeof spec.width === "number") out.push(["width", spec.width]);
      for (const s of spec.signals || []) {
        if (/(^|_)width$/.test(s.name) && typeof s.value === "number" && !s.bind) {
          out.push([s.name, s.value]);
        }
      }
      return out;
    }

    specForTheme(dark) {
      if (!dark) return this.spec;
      const spec = recolour(this.spec, THEME.dark);
      spec.background = THEME.darkBackground;
      return spec;
    }

    async render(values) {
      const keep = values || (this.view ? this.values() : null);
      if (this.view) this.view.finalize();
      this.viewEl.replaceChildren();
      this.controlsEl.replaceChildren();
      this.dark = isDark();
      this.view = new vega.View(vega.parse(this.specForTheme(this.dark)), {
        renderer: "svg", container: this.viewEl, bind: this.controlsEl, hover: true,
      });
      if (this.narrowable) this.view.signal(NARROW, this.el.clientWidth < NARROW_BELOW);
      const room = this.el.clientWidth;  // a first guess, so a phone draws the chart once or twice
      for (const [name, width] of this.widths) {
        if (room && width > room - 60) this.view.signal(name, Math.max(MIN_WIDTH, room - 60));
      }
      for (const [name, value] of Object.entries(keep || {})) {
        if (this.bound.includes(name)) this.view.signal(name, value);
      }
      await nextTask();  // parsing, drawing and fitting are tasks of their own
      await this.view.runAsync();
      await nextTask();
      await this.fit();
      this.decorate();
      for (const name of this.bound) {
        this.view.addSignalListener(name, () => this.changed());
      }
      this.el.dataset.ready = "true";
    }

    values() {
      const state = this.view.getState({
        signals: (name) => this.bound.includes(name), data: () => false, recurse: false,
      });
      return state.signals || {};
    }

    async setValues(values) {
      const signals = {};
      for (const [name, value] of Object.entries(values)) {
        if (this.bound.includes(name)) signals[name] = value;
      }
      await this.view.setState({ signals });
      await this.view.runAsync();
      this.decorate();
    }

    /* Narrow the plot until the chart fits its column (a phone's 390 px). Parts that do not
       narrow with the plot (titles, legends) stop it; CSS then scales what is left over. */
    async fit() {
      if (!this.widths.length) return;
      const room = this.el.clientWidth;
      let reset = false;
      for (const [name, width] of this.widths) {
        const guess = room && width > room - 60 ? Math.max(MIN_WIDTH, room - 60) : width;
        if (this.view.signal(name) !== guess) { this.view.signal(name, guess); reset = true; }
      }
      if (reset) await this.view.runAsync();
      const svgWidth = () => {
        const svg = this.viewEl.querySelector("svg");
        return svg ? Number(svg.getAttribute("width")) : 0;
      };
      let shrunk = false;
      for (let round = 0; round < 8; round += 1) {
        const before = svgWidth();
        const over = before - room;
        if (!room) return;
        if (over <= 1) {
          // the first guess left room: widen once, back towards the designed width
          const spare = Math.floor(-over - 2);
          if (shrunk || spare < 4) return;
          let changed = false;
          for (const [name, width] of this.widths) {
            const now = this.view.signal(name);
            const next = Math.min(width, now + spare);
            if (next > now) { this.view.signal(name, next); changed = true; }
          }
          if (!changed) return;
          await nextTask();
          await this.view.runAsync();
          continue;
        }
        shrunk = true;
        const previous = this.widths.map(([name]) => this.view.signal(name));
        let cut = 0;
        for (const [name] of this.widths) {
          const now = this.view.signal(name);
          const next = Math.max(MIN_WIDTH, Math.floor(now - over - 2));
          cut = Math.max(cut, now - next);
          this.view.signal(name, next);
        }
        if (!cut) return;
        await nextTask();
        await this.view.runAsync();
        if (svgWidth() >= before - 1) {  // something else is wider: undo, let CSS scale
          this.widths.forEach(([name], i) => this.view.signal(name, previous[i]));
          await this.view.runAsync();
          return;
        }
      }
    }

    changed() {
      this.decorate();
      this.view.runAsync().then(() => {
        this.decorate();
        const table = this.el.querySelector(`[data-action="table"]`);
        if (table && table.getAttribute("aria-expanded") === "true") this.fillTable();
      });
    }

    /* Readouts in the page's language; a name for radio groups; Vega's English ARIA words
       removed (the chart's own description and its table view are in the page's language). */
    decorate() {
      const svg = this.viewEl.querySelector("svg");
      if (svg) {
        svg.setAttribute("aria-hidden", "true");
        for (const el of svg.querySelectorAll("[aria-roledescription], [role]")) {
          el.removeAttribute("aria-roledescription");
          el.removeAttribute("role");
        }
      }
      const readouts = this.meta.readouts || {};
      for (const input of this.controlsEl.querySelectorAll("input[type=range]")) {
        const texts = readouts[input.name];
        const span = input.nextElementSibling;
        if (!texts) continue;
        const value = this.view.signal(input.name);
        let text = texts[String(value)];
        if (text === undefined) {
          let best = Infinity;
          for (const [k, v] of Object.entries(texts)) {
            const d = Math.abs(Number(k) - Number(value));
            if (d < best) { best = d; text = v; }
          }
        }
        if (span && span.tagName === "SPAN") {
          span.textContent = text;
          span.classList.add("aifin-readout");
        }
        input.setAttribute("aria-valuetext", text);
        if (!input.dataset.aifinReadout) {
          input.dataset.aifinReadout = "true";
          input.addEventListener("input", () => this.decorate());
        }
      }
      for (const group of this.controlsEl.querySelectorAll(".vega-bind-radio")) {
        const name = group.parentElement.querySelector(".vega-bind-name");
        group.setAttribute("role", "radiogroup");
        if (name) group.setAttribute("aria-label", name.textContent.trim());
      }
    }

    toolbar() {
      for (const button of this.el.querySelectorAll(".aifin-chart-button")) {
        button.addEventListener("click", () => this.act(button));
      }
    }

    async act(button) {
      const action = button.dataset.action;
      if (action === "png" || action === "svg") return this.exportImage(action);
      if (action === "csv") return this.exportCsv();
      const panel = document.getElementById(button.getAttribute("aria-controls"));
      const open = button.getAttribute("aria-expanded") !== "true";
      if (action === "link") {
        const input = panel.querySelector("input");
        input.value = linkFor(this);
        this.togglePanel(button, panel, true);
        input.focus();
        input.select();
        try {
          await navigator.clipboard.writeText(input.value);
          this.say(this.status.dataset.copied);
        } catch (error) {
          this.say(this.status.dataset.select);
        }
        return undefined;
      }
      if (action === "table" && open) this.fillTable();
      this.togglePanel(button, panel, open);
      return undefined;
    }

    togglePanel(button, panel, open) {
      button.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
    }

    say(text) {
      this.status.textContent = "";
      window.setTimeout(() => { this.status.textContent = text; }, 50);
    }

    async exportImage(type) {
      let view = this.view;
      let temporary = null;
      if (this.dark) {  // export in the light theme, as printed
        temporary = new vega.View(vega.parse(this.spec), { renderer: "none" });
        for (const name of this.bound) temporary.signal(name, this.view.signal(name));
        for (const [name] of this.widths) temporary.signal(name, this.view.signal(name));
        await temporary.runAsync();
        view = temporary;
      }
      const url = await view.toImageURL(type, type === "png" ? 2 : 1);
      const file = `${this.key}.${type}`;
      download(url, file);
      if (temporary) temporary.finalize();
      this.say(this.status.dataset.downloaded.replace("{file}", file));
    }

    rows() {
      try { return this.view.data(ROWS); } catch (error) { return []; }
    }

    csv() {
      const rows = this.rows();
      const columns = (this.meta.rows && this.meta.rows.columns) ||
        (rows.length ? Object.keys(rows[0]).filter((k) => !k.startsWith("Symbol")) : []);
      const lines = [columns.map(csvCell).join(",")];
      for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
      return lines.join("\r\n") + "\r\n";
    }

    exportCsv() {
      const blob = new Blob([this.csv()], { type: "text/csv;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      const file = `${this.key}.csv`;
      download(url, file);
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.say(this.status.dataset.downloaded.replace("{file}", file));
    }

    /* The words of the table view: for each CSV column the reader's name (the chart's titles,
       a control's label, or the title of a "<column>_label" the chart draws) and how to write
       its values; columns without a name in the page's language are left out. */
    tableColumns(rows) {
      const table = this.meta.table || {};
      const headers = table.headers || {};
      const formats = table.formats || {};
      const readouts = this.meta.readouts || {};
      const binds = Object.fromEntries((this.spec.signals || []).filter((s) => s.bind)
        .map((s) => [s.name, s.bind]));
      // a code column ("part", "from_id") is read through the words the chart draws for it
      const wordsOf = (name) => [`${name}_label`, `${name}_name`,
        `${name.replace(/_id$/, "")}_name`].filter((k) => k !== name && headers[k]);
      const drawn = {};  // column -> [header, {code: words}] from the drawn marks' rows
      const named = {};  // id -> name, from drawn rows with "id"/"name" or "x_id"/"x_name"
      (function walk(node) {
        if (!node) return;
        for (const item of node.items || []) {
          const datum = item.datum;
          if (datum && typeof datum === "object") {
            for (const [k, v] of Object.entries(datum)) {
              if (!/(^|_)id$/.test(k) || typeof v !== "string") continue;
              const words = datum[k.replace(/id$/, "name")];
              if (typeof words === "string") named[v] = words;
            }
            for (const [name, code] of Object.entries(datum)) {
              if (headers[name] || typeof code === "object") continue;
              for (const k of wordsOf(name)) {
                if (typeof datum[k] !== "string") continue;
                const entry = drawn[name] = drawn[name] || [headers[k], {}];
                entry[1][String(code)] = datum[k];
                break;
              }
            }
          }
          walk(item);
        }
      })(this.view.scenegraph().root);
      const panel = document.getElementById(`${this.el.id}-table`);
      const yesNo = (v) => (v ? panel.dataset.yes : panel.dataset.no);
      const locale = this.view.locale();
      const plain = locale.format(",.3~f");
      const number = (v) => (Number.isInteger(v) ? String(v) : plain(v));
      const names = rows.length ? Object.keys(rows[0]).filter((k) => !k.startsWith("Symbol")) : [];
      const columns = [];
      for (const name of names) {
        if (headers[name]) {
          const f = formats[name] ? locale.format(formats[name]) : number;
          columns.push({ name, header: headers[name],
            text: (v) => (typeof v === "number" ? f(v) : v) });
        } else if (binds[name]) {
          const bind = binds[name];
          const options = bind.options || [];
          const labels = bind.labels || options;
          const texts = readouts[name] || {};
          columns.push({ name, header: bind.name || name, text: (v) => {
            if (texts[String(v)] !== undefined) return texts[String(v)];
            const i = options.indexOf(v);
            if (i >= 0) return labels[i];
            if (typeof v === "boolean") return yesNo(v);
            return typeof v === "number" ? number(v) : v;
          } });
        } else if (drawn[name] && !wordsOf(name).some((k) => names.includes(k))) {
          const [header, map] = drawn[name];
          columns.push({ name, header,
            text: (v) => (map[String(v)] !== undefined ? map[String(v)] : v) });
        } else if (/(^|_)id$/.test(name) && headers[name.replace(/id$/, "name")] &&
                   !names.includes(name.replace(/id$/, "name"))) {
          columns.push({ name, header: headers[name.replace(/id$/, "name")],
            text: (v) => (named[String(v)] !== undefined ? named[String(v)] : v) });
        }
      }
      return columns;
    }

    /* The table view: the rows of the CSV download (what the chart shows now, every panel),
       with headers and numbers in the page's language; a single row is set as a list. */
    tableRows() {
      const rows = this.rows();
      const columns = this.tableColumns(rows);
      const cell = (c, v) => (v === null || v === undefined || v === "" ? "" : String(c.text(v)));
      return { columns, rows: rows.map((row) => columns.map((c) => cell(c, row[c.name]))) };
    }

    fillTable() {
      const panel = document.getElementById(`${this.el.id}-table`);
      const { columns, rows } = this.tableRows();
      panel.replaceChildren();
      if (!rows.length || !columns.length) {
        const p = document.createElement("p");
        p.textContent = panel.dataset.empty;
        panel.appendChild(p);
        return;
      }
      const table = document.createElement("table");
      table.className = "aifin-table table aifin-chart-table";
      table.dataset.rows = String(rows.length);
      const caption = table.createCaption();
      caption.textContent = panel.dataset.caption;
      const body = table.createTBody();
      if (rows.length === 1) {  // one row of many figures: one line per figure
        columns.forEach((c, i) => {
          const tr = body.insertRow();
          const th = document.createElement("th");
          th.scope = "row";
          th.textContent = c.header;
          tr.appendChild(th);
          tr.insertCell().textContent = rows[0][i];
        });
      } else {
        const head = table.createTHead().insertRow();
        for (const c of columns) {
          const th = document.createElement("th");
          th.scope = "col";
          th.textContent = c.header;
          head.appendChild(th);
        }
        for (const row of rows) {
          const tr = body.insertRow();
          for (const text of row) tr.insertCell().textContent = text;
        }
      }
      const scroller = document.createElement("div");
      scroller.className = "aifin-chart-table-scroll";
      scroller.tabIndex = 0;
      scroller.setAttribute("role", "region");
      scroller.setAttribute("aria-label", panel.dataset.caption);
      scroller.appendChild(table);
      panel.appendChild(scroller);
    }
  }

  function changedValues(chart) {
    const out = {};
    if (!chart.view) return out;  // not drawn yet: as the page set it
    for (const [name, value] of Object.entries(chart.values())) {
      if (value !== chart.initial[name]) out[name] = value;
    }
    return out;
  }

  function linkFor(focus) {
    const params = new URLSearchParams();
    for (const chart of charts) {
      const values = chart === focus ? focus.values() : changedValues(chart);
      for (const [name, value] of Object.entries(values)) params.append(`${chart.key}.${name}`, String(value));
    }
    const base = window.location.href.split("#")[0];
    const query = params.toString();
    return `${base}#${focus.key}${query ? `?${query}` : ""}`;
  }

  async function applyFragment(scroll) {
    const { focus, states } = readFragment();
    for (const chart of charts) {
      const state = states[chart.key];
      if (!state || !chart.view) continue;
      const values = {};
      for (const [name, text] of Object.entries(state)) {
        if (chart.bound.includes(name)) values[name] = parseValue(text, chart.view.signal(name));
      }
      await chart.setValues(values);
    }
    if (scroll && focus && Object.keys(states).length) {
      const target = document.getElementById(focus);
      if (target) target.scrollIntoView();
    }
  }

  /* The next turn of the event loop: the browser handles input and paints before it. */
  function nextTask() {
    if (window.scheduler && typeof window.scheduler.yield === "function") {
      return window.scheduler.yield();
    }
    return new Promise((resolve) => { window.setTimeout(resolve, 0); });
  }

  /* Resolves once the page has been painted: in the task after the next frame (or after a
     second, for a page in a background tab, which gets no frames). */
  function afterPaint() {
    return new Promise((resolve) => {
      let done = false;
      const go = () => { if (!done) { done = true; resolve(); } };
      window.requestAnimationFrame(() => window.setTimeout(go, 0));
      window.setTimeout(go, 1000);
    });
  }

  /* The chart elements in or near the window, kept up to date while the reader scrolls;
     `ready` resolves when the browser has first told which ones they are. */
  function watchWindow(elements) {
    const near = new Set();
    if (typeof IntersectionObserver !== "function") {
      return { near, ready: Promise.resolve(), stop() {} };
    }
    let told;
    const ready = new Promise((resolve) => { told = resolve; });
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
      }
      told();
    }, { rootMargin: "0px 0px 25% 0px" });
    for (const element of elements) observer.observe(element);
    window.setTimeout(told, 1000);
    return { near, ready, stop: () => observer.disconnect() };
  }

  /* Draws every chart of the page, one per task, after the page has been painted: the chart a
     link points to first, then those in the window, then the others in page order. When all
     are drawn, <html data-aifin-charts="ready">. */
  async function start() {
    if (typeof vega === "undefined") return;
    performance.mark("aifin-charts-start");
    const elements = [...document.querySelectorAll(".aifin-chart")];
    const nearby = watchWindow(elements);
    await Promise.all([afterPaint(), nearby.ready]);
    for (const element of elements) charts.push(new Chart(element));
    const { focus, states } = readFragment();
    const todo = charts.slice();
    let first = true;
    while (todo.length) {
      let next = todo.findIndex((c) => c.key === focus && states[c.key]);
      if (next < 0) next = todo.findIndex((c) => nearby.near.has(c.el));
      const [chart] = todo.splice(Math.max(next, 0), 1);
      try {
        const values = {};
        for (const [name, text] of Object.entries(states[chart.key] || {})) {
          if (name in chart.initial) values[name] = parseValue(text, chart.initial[name]);
        }
        await chart.render(Object.keys(values).length ? values : null);
        if (first) performance.mark("aifin-first-chart");
        first = false;
      } catch (error) {
        console.error(error);
      }
      await nextTask();
    }
    nearby.stop();
    for (const chart of charts) {  // the reader switched light/dark mode while they were drawn
      if (chart.view && chart.dark !== isDark()) await chart.render();
    }
    if (focus && Object.keys(states).length) {
      const target = document.getElementById(focus);
      if (target) target.scrollIntoView();
    }
    document.documentElement.dataset.aifinCharts = "ready";
    window.addEventListener("hashchange", () => applyFragment(true));
    new MutationObserver(() => {
      for (const chart of charts) if (chart.view && chart.dark !== isDark()) chart.render();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    let last = window.innerWidth;
    window.addEventListener("resize", () => {
      if (Math.abs(window.innerWidth - last) < 20) return;
      last = window.innerWidth;
      for (const chart of charts) {
        if (!chart.view) continue;
        if (chart.narrowable) chart.view.signal(NARROW, chart.el.clientWidth < NARROW_BELOW);
        chart.fit();
      }
    });
  }

  window.aifinCharts = charts;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
