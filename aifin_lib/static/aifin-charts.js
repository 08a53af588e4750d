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
      await this.view.runAsync();
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
      this.view.runAsync().then(() => this.decorate());
      const table = this.el.querySelector(`[data-action="table"]`);
      if (table && table.getAttribute("aria-expanded") === "true") this.fillTable();
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

    /* What the chart shows now, as the reader reads it: the tooltips of its main mark. */
    tableRows() {
      const marks = [];
      (function walk(node) {
        if (!node) return;
        if (node.marktype) {
          const tips = (node.items || []).map((i) => i.tooltip)
            .filter((t) => t && typeof t === "object");
          if (tips.length) marks.push(tips);
          for (const item of node.items || []) walk(item);
        } else if (node.items) {
          for (const item of node.items) walk(item);
        }
      })(this.view.scenegraph().root);
      // The widest tooltips are the main mark; marks with the same fields add their rows.
      const signature = (tips) => Object.keys(tips[0]).join("\u0000");
      let best = null;
      for (const tips of marks) {
        const width = Object.keys(tips[0]).length;
        if (!best || width > best.width) best = { width, key: signature(tips) };
      }
      if (!best) return [];
      const seen = new Set();
      const rows = [];
      for (const tips of marks) {
        if (signature(tips) !== best.key) continue;
        for (const tip of tips) {
          const id = JSON.stringify(tip);
          if (!seen.has(id)) { seen.add(id); rows.push(tip); }
        }
      }
      return rows;
    }

    fillTable() {
      const panel = document.getElementById(`${this.el.id}-table`);
      const rows = this.tableRows();
      panel.replaceChildren();
      if (!rows.length) {
        const p = document.createElement("p");
        p.textContent = panel.dataset.empty;
        panel.appendChild(p);
        return;
      }
      const columns = Object.keys(rows[0]);
      const table = document.createElement("table");
      table.className = "aifin-table table aifin-chart-table";
      const caption = table.createCaption();
      caption.textContent = panel.dataset.caption;
      const head = table.createTHead().insertRow();
      for (const c of columns) {
        const th = document.createElement("th");
        th.scope = "col";
        th.textContent = c;
        head.appendChild(th);
      }
      const body = table.createTBody();
      for (const row of rows) {
        const tr = body.insertRow();
        for (const c of columns) tr.insertCell().textContent = row[c] === undefined ? "" : String(row[c]);
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

  async function start() {
    if (typeof vega === "undefined") return;
    performance.mark("aifin-charts-start");
    for (const element of document.querySelectorAll(".aifin-chart")) charts.push(new Chart(element));
    const { focus, states } = readFragment();
    for (const chart of charts) {
      try {
        const values = {};
        for (const [name, text] of Object.entries(states[chart.key] || {})) {
          if (name in chart.initial) values[name] = parseValue(text, chart.initial[name]);
        }
        await chart.render(Object.keys(values).length ? values : null);
        if (chart === charts[0]) performance.mark("aifin-first-chart");
      } catch (error) {
        console.error(error);
      }
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
