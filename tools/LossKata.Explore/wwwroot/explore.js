"use strict";
// The explorer's page: sliders post their values to the server, which answers with every quantity computed by the
// reference and by the learner's code; this script draws the table of rows and small SVG charts. No library: the page
// works offline and ships whole with the program.

const SVG = "http://www.w3.org/2000/svg";
const RACE_STEPS = 300;

// ---------- numbers ----------

/** A number from the server's JSON, where ∞ and NaN travel as "Infinity", "-Infinity" and "NaN". */
const num = value => (typeof value === "number" ? value : Number(value));

/** Six significant digits without trailing zeros (0.916291, 0.099); exponents for the very small and very large. */
function fmt(value) {
  const x = num(value);
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "∞";
  if (x === -Infinity) return "−∞";
  if (x === 0) return "0";
  const size = Math.abs(x);
  const text = size >= 1e-4 && size < 1e6 ? String(parseFloat(x.toPrecision(6))) : x.toExponential(3);
  return text.replace("-", "−");
}

const fmtAll = values => (values.length === 1 ? fmt(values[0]) : "(" + values.map(fmt).join(", ") + ")");

// ---------- talking to the server ----------

async function post(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.problem || `${response.status} ${response.statusText}`);
  return answer;
}

/** A view of the page: asks the server for its rows whenever its inputs move (one request at a time, the last
 * movement always answered) and draws them. */
function makeView(name, path, request, draw) {
  const section = document.getElementById(name);
  let busy = false;
  let again = false;
  let last = null;
  const view = {
    section,
    get result() { return last; },
    async refresh() {
      if (busy) { again = true; return; }
      busy = true;
      try {
        last = await post(path, request());
        draw(last);
        showCommon(section, last);
        section.dataset.loaded = "true";
        section.dataset.yours = last.unavailable ? "unavailable" : "shown";
      } catch (problem) {
        note(section, "The server could not compute this view: " + problem.message);
      } finally {
        busy = false;
        if (again) { again = false; view.refresh(); }
      }
    },
    redraw() { if (last) draw(last); },
  };
  return view;
}

function note(section, text) {
  const element = section.querySelector(".view-note");
  element.hidden = !text;
  element.textContent = text || "";
}

function showCommon(section, result) {
  note(section, result.unavailable);
  const printed = section.querySelector(".printed");
  printed.hidden = !result.printed;
  printed.textContent = result.printed ? "Your code printed:\n" + result.printed : "";
}

// ---------- the table of rows ----------

const STATUS_TEXT = {
  "matches": () => "✓ same as the reference",
  "not-started": () => "not started: the reference is shown alone",
  "unavailable": () => "—",
};

function statusText(row, where) {
  switch (row.status) {
    case "differs":
      return row.message
        ? "differs: " + row.message
        : `differs by ${fmt(row.largestDifference)}` + (where && row.firstDifference !== null ? ` (first at ${where(row.firstDifference)})` : "");
    case "throws":
      return row.message;
    default:
      return STATUS_TEXT[row.status]();
  }
}

/**
 * Fills a view's table: one line per shown row, in the order of `shown` ({key, label, pick, where}), `pick` choosing
 * what of the row's values to show (all of them by default) and `where` naming an index (a class, a step).
 */
function drawRows(section, result, shown) {
  const body = section.querySelector("table.rows tbody");
  const byKey = Object.fromEntries(result.rows.map(row => [row.key, row]));
  body.replaceChildren();
  for (const line of shown) {
    const row = byKey[line.key];
    const pick = line.pick || (values => values);
    const tr = document.createElement("tr");
    tr.id = `${section.id}-row-${line.key}`;
    tr.dataset.status = row.status;
    tr.className = row.status;

    const label = document.createElement("td");
    label.innerHTML = `${line.label}<br><code>${row.exercise}</code>`;

    /** A cell of one implementation's values: shown as the line says, in full precision in data-value. */
    const cell = (side, values, without) => {
      const td = document.createElement("td");
      td.className = side;
      if (values) {
        const picked = [].concat(pick(values.map(num)));
        td.textContent = line.show ? line.show(picked) : fmtAll(picked);
        td.dataset.value = picked.join(" ");
      } else {
        td.textContent = without;
      }
      return td;
    };
    const reference = cell("reference", row.reference, "throws " + row.referenceProblem);
    const yours = cell("yours", row.yours, { "not-started": "not started", "throws": "throws", "unavailable": "—" }[row.status]);

    const status = document.createElement("td");
    status.className = "status";
    status.textContent = statusText(row, line.where);
    if (row.message) status.title = row.message;

    tr.append(label, reference, yours, status);
    body.append(tr);
  }
}

// ---------- charts ----------

function el(tag, attributes, parent) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (parent) parent.append(element);
  return element;
}

function text(content, attributes, parent) {
  const element = el("text", attributes, parent);
  element.textContent = content;
  return element;
}

/** Five round ticks covering [low, high]. */
function ticks(low, high) {
  const span = high - low || 1;
  const step = Math.pow(10, Math.floor(Math.log10(span / 4)));
  const nice = [1, 2, 5, 10].map(m => m * step).find(s => span / s <= 5);
  const result = [];
  for (let t = Math.ceil(low / nice) * nice; t <= high + 1e-12; t += nice) result.push(Math.abs(t) < 1e-12 ? 0 : t);
  return result;
}

function frame(svg, xRange, yRange) {
  svg.replaceChildren();
  const [width, height] = svg.getAttribute("viewBox").split(" ").slice(2).map(Number);
  const box = { left: 48, right: width - 10, top: 10, bottom: height - 40 };
  const x = v => box.left + (v - xRange[0]) / (xRange[1] - xRange[0]) * (box.right - box.left);
  const y = v => box.bottom - (v - yRange[0]) / (yRange[1] - yRange[0]) * (box.bottom - box.top);
  for (const t of ticks(yRange[0], yRange[1])) {
    el("line", { x1: box.left, x2: box.right, y1: y(t), y2: y(t), class: t === 0 ? "axis" : "grid" }, svg);
    text(fmt(t), { x: box.left - 4, y: y(t) + 4, "text-anchor": "end", class: "tick" }, svg);
  }
  return { x, y, box, width, height };
}

function legend(svg, chart, series) {
  let left = chart.box.left;
  for (const s of series) {
    el("line", { x1: left, x2: left + 18, y1: chart.height - 8, y2: chart.height - 8, class: `line ${s.cls}` }, svg);
    const label = text(s.label, { x: left + 22, y: chart.height - 4, class: "legend" }, svg);
    left += 30 + label.getComputedTextLength();
  }
}

/** Curves over xs; series = [{label, values, cls}], `marker` an x to mark with a vertical line. */
function lineChart(svg, xs, series, { marker, yRange, xLabel } = {}) {
  const finite = series.flatMap(s => s.values).filter(Number.isFinite);
  let [low, high] = yRange || [Math.min(0, ...finite), Math.max(...finite)];
  if (!(high > low)) high = low + 1;
  const chart = frame(svg, [xs[0], xs[xs.length - 1]], [low, high]);
  for (const t of ticks(xs[0], xs[xs.length - 1])) {
    text(fmt(t), { x: chart.x(t), y: chart.box.bottom + 14, "text-anchor": "middle", class: "tick" }, svg);
  }
  if (xLabel) text(xLabel, { x: chart.box.right, y: chart.box.bottom + 14, "text-anchor": "end", class: "tick" }, svg);
  const clip = v => Math.max(low - (high - low) * 0.05, Math.min(high + (high - low) * 0.05, v));
  for (const s of series) {
    let path = "";
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      path += (path && Number.isFinite(s.values[i - 1]) ? "L" : "M") + chart.x(xs[i]).toFixed(1) + "," + chart.y(clip(v)).toFixed(1);
    });
    el("path", { d: path, class: `line ${s.cls}` }, svg);
  }
  if (marker !== undefined) {
    el("line", { x1: chart.x(marker), x2: chart.x(marker), y1: chart.box.top, y2: chart.box.bottom, class: "marker" }, svg);
  }
  legend(svg, chart, series);
}

/** Grouped bars: one group per category, one bar per series; a series without values is left out. */
function barChart(svg, categories, series) {
  const drawn = series.filter(s => s.values);
  const finite = drawn.flatMap(s => s.values).filter(Number.isFinite);
  let low = Math.min(0, ...finite);
  let high = Math.max(0, ...finite);
  if (!(high > low)) high = low + 1;
  const chart = frame(svg, [0, categories.length], [low, high]);
  const groupWidth = chart.x(1) - chart.x(0);
  const barWidth = groupWidth * 0.8 / Math.max(1, drawn.length);
  categories.forEach((category, i) => {
    text(category, { x: chart.x(i + 0.5), y: chart.box.bottom + 14, "text-anchor": "middle", class: "tick" }, svg);
    drawn.forEach((s, j) => {
      const v = Math.max(low, Math.min(high, Number.isFinite(s.values[i]) ? s.values[i] : 0));
      const top = chart.y(Math.max(0, v));
      el("rect", {
        x: chart.x(i) + groupWidth * 0.1 + j * barWidth, y: top, width: barWidth - 1,
        height: Math.max(0.5, Math.abs(chart.y(v) - chart.y(0))), class: `bar ${s.cls}`,
      }, svg);
    });
  });
  legend(svg, chart, drawn);
}

/** A row's reference and learner series for a chart, the learner's only when there are values to draw. */
function both(result, key, label, colour) {
  const row = result.rows.find(r => r.key === key);
  const series = [{ label: `${label} (reference)`, values: row.reference ? row.reference.map(num) : [], cls: `${colour} reference` }];
  if (row.yours) series.push({ label: `${label} (yours)`, values: row.yours.map(num), cls: `${colour} yours ${row.status}` });
  return series;
}

// ---------- the views ----------

function slider(container, id, min, max, step, value, onInput) {
  const label = document.createElement("label");
  label.innerHTML = `<span></span> <input id="${id}" type="range" min="${min}" max="${max}" step="${step}"> <output id="${id}-value"></output>`;
  container.append(label);
  const input = label.querySelector("input");
  input.value = value;
  const show = () => { label.querySelector("output").textContent = Number(input.value).toFixed(3); };
  input.addEventListener("input", () => { show(); onInput(); });
  show();
  return { label: label.querySelector("span"), input, show };
}

const PRESETS = {
  hesitant: [0.4, 0.3, 0.05, 0.05, 0.2],
  confident: [0.98, 0.01, 0, 0, 0.01],
  wrong: [0.01, 0.98, 0, 0, 0.01],
};
// A probability of 0 would need the logit −∞: the sliders stop at −10 (e^−10 ≈ 4.5·10⁻⁵ of the others' weight).
const logitsOf = probabilities => probabilities.map(p => Math.max(-10, Math.log(p)));

const logitSliders = [];
const logitsView = makeView("logits", "api/logits",
  () => ({ logits: logitSliders.map(s => Number(s.input.value)), target: Number(document.getElementById("target").value) }),
  result => {
    const classIndex = i => `class ${i}`;
    drawRows(logitsView.section, result, [
      { key: "softmax", label: "softmax probabilities s", where: classIndex },
      { key: "logSoftmax", label: "log-softmax z − LSE(z)", where: classIndex },
      { key: "crossEntropy", label: "cross-entropy −log s<sub>y</sub>" },
      { key: "nll", label: "NLL of the log-softmax" },
      { key: "mse", label: "MSE(s, one-hot)" },
      { key: "crossEntropyGradient", label: "∂CE/∂z = s − t", where: classIndex },
      { key: "mseGradient", label: "∂MSE/∂z through softmax", where: classIndex },
    ]);
    const categories = result.input.logits.map((_, i) => (i === result.input.target ? `${i} (target)` : String(i)));
    barChart(document.getElementById("chart-probabilities"), categories, both(result, "softmax", "s", "ce"));
    barChart(document.getElementById("chart-gradients"), categories,
      [...both(result, "crossEntropyGradient", "CE", "ce"), ...both(result, "mseGradient", "MSE", "mse")]);
  });

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/** One slider per logit, and the target classes to choose from; the target stays if it is still a class. */
function logitSlidersFor(logits) {
  const container = document.getElementById("logit-sliders");
  const target = document.getElementById("target");
  const chosen = target.value !== "" && Number(target.value) < logits.length ? target.value : "0";
  container.replaceChildren();
  target.replaceChildren();
  logitSliders.length = 0;
  logits.forEach((z, i) => {
    const s = slider(container, `logit-${i}`, -10, 10, "any", z, () => logitsView.refresh());
    s.label.textContent = `z${SUBSCRIPTS[i]}`;
    logitSliders.push(s);
    target.add(new Option(`class ${i}`, String(i)));
  });
  target.value = chosen;
  document.getElementById("classes").value = logits.length;
}

function setupLogits() {
  const target = document.getElementById("target");
  document.querySelectorAll("[data-preset]").forEach(button => button.addEventListener("click", () => {
    target.value = "0";
    logitSlidersFor(logitsOf(PRESETS[button.dataset.preset]));
    logitsView.refresh();
  }));
  document.getElementById("classes").addEventListener("change", event => {
    const count = Math.min(10, Math.max(2, Math.round(Number(event.target.value)) || 2));
    const logits = logitSliders.map(s => Number(s.input.value)).slice(0, count);
    while (logits.length < count) logits.push(0);
    logitSlidersFor(logits);
    logitsView.refresh();
  });
  target.addEventListener("change", () => logitsView.refresh());
  logitSlidersFor(logitsOf(PRESETS.hesitant));
}

const binaryView = makeView("binary", "api/binary",
  () => ({ logit: Number(document.getElementById("binary-logit").value), label: Number(document.getElementById("binary-label").value) }),
  result => {
    const current = values => values[0];
    drawRows(binaryView.section, result, [
      { key: "sigmoid", label: "σ(z)", pick: current },
      { key: "binaryCrossEntropy", label: "BCE(σ(z), y)", pick: current },
      { key: "binaryCrossEntropyWithLogits", label: "BCE from the logit", pick: current },
      { key: "squaredError", label: "squared error (σ(z) − y)²", pick: current },
      { key: "binaryCrossEntropyGradient", label: "dBCE/dz = σ − y", pick: current },
      { key: "squaredErrorGradient", label: "d(σ − y)²/dz", pick: current },
    ]);
    const z = result.input.logits[0];
    const xs = result.input.logits.slice(1);
    const curve = series => series.map(s => ({ ...s, values: s.values.slice(1) }));
    lineChart(document.getElementById("chart-sigmoid"), xs, curve(both(result, "sigmoid", "σ", "ce")), { marker: z, yRange: [0, 1], xLabel: "z" });
    lineChart(document.getElementById("chart-binary-losses"), xs,
      curve([...both(result, "binaryCrossEntropy", "BCE", "ce"), ...both(result, "squaredError", "squared error", "mse")]), { marker: z, xLabel: "z" });
    lineChart(document.getElementById("chart-binary-gradients"), xs,
      curve([...both(result, "binaryCrossEntropyGradient", "BCE", "ce"), ...both(result, "squaredErrorGradient", "squared error", "mse")]),
      { marker: z, xLabel: "z" });
  });

const raceStep = () => Number(document.getElementById("race-step").value);
const raceView = makeView("race", "api/race",
  () => ({ start: Number(document.getElementById("race-start").value), learningRate: Number(document.getElementById("race-rate").value) }),
  result => {
    const step = raceStep();
    const atStep = values => values[step];
    const steps = values => (values[0] < 0 ? `not within ${RACE_STEPS} steps` : `${values[0]} steps`);
    const named = index => `step ${index}`;
    drawRows(raceView.section, result, [
      { key: "crossEntropySteps", label: "binary cross-entropy: steps to σ(z) > 0.9", show: steps },
      { key: "squaredErrorSteps", label: "squared error: steps to σ(z) > 0.9", show: steps },
      { key: "crossEntropyRun", label: `cross-entropy run: z at step ${step}`, pick: atStep, where: named },
      { key: "squaredErrorRun", label: `squared-error run: z at step ${step}`, pick: atStep, where: named },
      { key: "crossEntropyLoss", label: `cross-entropy run: loss at step ${step}`, pick: atStep, where: named },
      { key: "squaredErrorLoss", label: `squared-error run: loss at step ${step}`, pick: atStep, where: named },
    ]);
    const xs = Array.from({ length: RACE_STEPS + 1 }, (_, i) => i);
    lineChart(document.getElementById("chart-race"), xs,
      [...both(result, "crossEntropyLoss", "binary cross-entropy", "ce"), ...both(result, "squaredErrorLoss", "squared error", "mse")],
      { marker: step, xLabel: "step" });
  });

function setupRace() {
  const bind = (id, decimals, onInput) => {
    const input = document.getElementById(id);
    const show = () => { document.getElementById(`${id}-value`).textContent = Number(input.value).toFixed(decimals); };
    input.addEventListener("input", () => { show(); onInput(); });
    show();
    return show;
  };
  bind("race-start", 1, () => raceView.refresh());
  bind("race-rate", 2, () => raceView.refresh());
  const showStep = bind("race-step", 0, () => raceView.redraw());
  let timer = null;
  document.getElementById("race-play").addEventListener("click", () => {
    if (timer) { clearInterval(timer); timer = null; return; }
    const input = document.getElementById("race-step");
    input.value = 0;
    timer = setInterval(() => {
      input.value = Math.min(RACE_STEPS, raceStep() + 1);
      showStep();
      raceView.redraw();
      if (raceStep() >= RACE_STEPS) { clearInterval(timer); timer = null; }
    }, 25);
  });
}

const OUTCOMES = 4;
const pSliders = [];
const qSliders = [];
const entropyView = makeView("entropy", "api/entropy",
  () => ({ p: pSliders.map(s => Number(s.input.value)), q: qSliders.map(s => Number(s.input.value)), bits: document.getElementById("entropy-bits").checked }),
  result => {
    const unit = document.getElementById("entropy-bits").checked ? "bits" : "nats";
    drawRows(entropyView.section, result, [
      { key: "entropyP", label: `H(p), ${unit}` },
      { key: "entropyQ", label: `H(q), ${unit}` },
      { key: "crossEntropy", label: `H(p, q), ${unit}` },
      { key: "kl", label: `KL(p‖q), ${unit}` },
      { key: "entropyPlusKl", label: `H(p) + KL(p‖q), ${unit}` },
    ]);
    result.input.p.forEach((p, i) => { pSliders[i].label.textContent = `p${"₀₁₂₃"[i]} = ${fmt(p)}`; });
    result.input.q.forEach((q, i) => { qSliders[i].label.textContent = `q${"₀₁₂₃"[i]} = ${fmt(q)}`; });
    document.getElementById("identity").replaceChildren(...["reference", "yours"].map(side => identityLine(result, side)));
    barChart(document.getElementById("chart-distributions"), result.input.p.map((_, i) => String(i)), [
      { label: "p", values: result.input.p.map(num), cls: "ce reference" },
      { label: "q", values: result.input.q.map(num), cls: "mse reference" },
    ]);
  });

/** H(p, q) = H(p) + KL(p‖q) with one implementation's numbers, or why they are missing. */
function identityLine(result, side) {
  const line = document.createElement("div");
  line.id = `identity-${side}`;
  const value = key => { const values = result.rows.find(r => r.key === key)[side]; return values ? num(values[0]) : null; };
  const [h, kl, cross] = [value("entropyP"), value("kl"), value("crossEntropy")];
  const who = side === "reference" ? "reference" : "yours";
  if (h === null || kl === null || cross === null) {
    line.textContent = `${who}: H(p), KL(p‖q) and H(p, q) are not all there yet.`;
    return line;
  }
  const holds = Math.abs(h + kl - cross) <= 1e-9 * Math.max(1, Math.abs(cross)) || h + kl === cross;
  line.className = holds ? "holds" : "fails";
  line.textContent = `${who}: H(p) + KL(p‖q) = ${fmt(h)} + ${fmt(kl)} = ${fmt(h + kl)} ${holds ? "=" : "≠"} H(p, q) = ${fmt(cross)}`;
  return line;
}

function setupEntropy() {
  const p = [0.5, 0.25, 0.125, 0.125];
  for (let i = 0; i < OUTCOMES; i++) {
    pSliders.push(slider(document.getElementById("p-sliders"), `p-${i}`, 0, 1, 0.005, p[i], () => entropyView.refresh()));
    qSliders.push(slider(document.getElementById("q-sliders"), `q-${i}`, 0, 1, 0.005, 0.25, () => entropyView.refresh()));
  }
  document.getElementById("entropy-bits").addEventListener("change", () => entropyView.refresh());
}

// ---------- the learner's build ----------

const allViews = [logitsView, binaryView, raceView, entropyView];
let seen = "";

/** Asks where the learner's build stands (which also starts a build after a save); redraws every view when it changed. */
async function pollLearner() {
  try {
    const status = await (await fetch("api/learner")).json();
    const banner = document.getElementById("learner-status");
    banner.dataset.state = status.state;
    banner.dataset.build = status.build;
    if (status.state === "building") {
      banner.textContent = "Building your exercises/ … (the reference is shown alone until then)";
    } else if (status.state === "ready") {
      banner.textContent = "Your exercises/ are built: the “yours” column is your code. Save a file to rebuild.";
    } else {
      banner.textContent = "Your exercises/ do not compile, so the reference is shown alone:";
      const errors = document.createElement("pre");
      errors.textContent = status.message;
      banner.append(errors);
    }
    const now = `${status.state}/${status.build}`;
    if (now !== seen) {
      seen = now;
      allViews.forEach(view => view.refresh());
    }
  } catch {
    document.getElementById("learner-status").textContent = "The explorer's server stopped (run ./losskata explore again).";
    document.getElementById("learner-status").dataset.state = "stopped";
  }
}

setupLogits();
setupRace();
setupEntropy();
document.getElementById("binary-logit").addEventListener("input", () => binaryView.refresh());
document.getElementById("binary-label").addEventListener("input", () => binaryView.refresh());
["binary-logit", "binary-label"].forEach(id => {
  const input = document.getElementById(id);
  const show = () => { document.getElementById(`${id}-value`).textContent = Number(input.value).toFixed(2); };
  input.addEventListener("input", show);
  show();
});
pollLearner();
setInterval(pollLearner, 1000);
