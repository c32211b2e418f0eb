// The QA chat page: a manual case and a screen in, a checked pytest module out.
// It speaks only to the worker that serves it: /v1/models, /v1/chat/completions
// (streamed, with mambagen_case so the worker builds the same prompt as the plugin)
// and /v1/mambagen/validate (the plugin's validator).
"use strict";

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = "mambagen-token";
let controller = null;
let downloadUrl = null;

function headers() {
  const h = { "Content-Type": "application/json" };
  const token = $("token").value.trim();
  if (token) h.Authorization = "Bearer " + token;
  return h;
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "muted";
}

async function errorText(response) {
  try {
    const body = await response.json();
    if (body && body.error && body.error.message) return body.error.message;
  } catch (e) { /* not JSON */ }
  return "HTTP " + response.status;
}

async function loadModels() {
  let response;
  try {
    response = await fetch("/v1/models", { headers: headers() });
  } catch (e) {
    $("server").textContent = "worker unreachable";
    return;
  }
  if (response.status === 401) {
    $("server").textContent = "this worker needs a token: enter it on the left";
    return;
  }
  if (!response.ok) {
    $("server").textContent = await errorText(response);
    return;
  }
  const body = await response.json();
  const select = $("model");
  const chosen = select.value;  // a reload (new token) keeps the user's pick
  select.textContent = "";
  for (const model of body.data) {
    const option = document.createElement("option");
    const info = model.mambagen || {};
    option.value = model.id;
    option.textContent = info.adapter || !model.mambagen ? model.id : model.id + " (base model, no adapter)";
    option.selected = chosen ? model.id === chosen : Boolean(info.default);
    select.appendChild(option);
  }
  const info = body.mambagen || {};
  if (!$("system-prompt").value && info.default_system_prompt) $("system-prompt").value = info.default_system_prompt;
  $("server").textContent = "window " + info.window + " tokens · prompt v" + info.prompt_version +
    " · mambagen " + info.version;
}

function resetVerdict() {
  for (const li of document.querySelectorAll("#verdict li")) li.className = "";
  $("reasons").textContent = "";
  const link = $("download");
  link.classList.add("disabled");
  link.setAttribute("aria-disabled", "true");
  link.removeAttribute("href");
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = null;
}

function showVerdict(verdict, note) {
  for (const li of document.querySelectorAll("#verdict li")) {
    if (li.dataset.check === "executed") {
      // the worker checks the text only: say so rather than let a green list suggest it passes
      li.className = verdict.executed ? "pass" : "notrun";
      continue;
    }
    const value = verdict.checks[li.dataset.check];
    li.className = value === true ? "pass" : value === false ? "fail" : "";
  }
  const reasons = $("reasons");
  reasons.textContent = "";
  const add = (text, cls) => {
    const li = document.createElement("li");
    li.textContent = text;
    if (cls) li.className = cls;
    reasons.appendChild(li);
  };
  for (const reason of verdict.reasons) add(reason);
  for (const warning of verdict.warnings) add("warning: " + warning, "warning");
  for (const repair of verdict.repairs) add("repaired: " + repair, "warning");
  if (verdict.code) $("output").textContent = verdict.code;
  const link = $("download");
  if (verdict.ok && verdict.download) {
    // the file as the plugin writes it, header included: saved beside its screen, the next
    // `pytest --mambagen` sees a generated test (up to date or stale), not a stranger's file
    downloadUrl = URL.createObjectURL(new Blob([verdict.download], { type: "text/x-python" }));
    link.href = downloadUrl;
    link.download = verdict.filename;
    link.classList.remove("disabled");
    link.removeAttribute("aria-disabled");
  }
  let text = verdict.ok
    ? "Static checks passed (syntax, a test, policy, mount, grounding); not run: " +
      "run it with pytest beside its screen to see whether it passes."
    : "Rejected: " + verdict.reasons.join("; ") + " (nothing to download)";
  if (note) text += " (" + note + ")";
  setStatus(text, !verdict.ok);
}

async function readStream(response, onDelta) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let last = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of event.split("\n")) {
        if (!line.startsWith("data: ")) continue;
        const data = line.slice(6);
        if (data === "[DONE]") return last;
        const chunk = JSON.parse(data);
        if (chunk.error) throw new Error(chunk.error.message);
        const choice = chunk.choices[0];
        if (choice.delta && choice.delta.content) onDelta(choice.delta.content);
        if (choice.finish_reason) last = chunk;
      }
    }
  }
  return last;
}

async function generate() {
  const manual = $("manual").value;
  const jsx = $("jsx").value;
  const screen = $("screen").value.trim() || "Screen.jsx";
  if (!jsx.trim()) { setStatus("Paste the screen's JSX (or upload the file) first.", true); return; }
  if (!manual.trim()) { setStatus("Write the manual test case first.", true); return; }
  resetVerdict();
  $("output").textContent = "";
  $("generate").disabled = true;
  $("stop").disabled = false;
  setStatus("Generating…");
  controller = new AbortController();
  const started = performance.now();
  const caseName = $("case-name").value.trim();
  const body = {
    model: $("model").value || undefined,
    temperature: Number($("temperature").value),
    lora_scale: Number($("lora-scale").value),
    max_tokens: Number($("max-tokens").value),
    stream: true,
    messages: [],
    mambagen_case: {
      manual: manual, jsx: jsx, screen: screen, case_name: caseName,
      system_prompt: $("system-prompt").value || null, grounded: $("grounded").checked,
    },
  };
  let text = "";
  try {
    const response = await fetch("/v1/chat/completions", {
      method: "POST", headers: headers(), body: JSON.stringify(body), signal: controller.signal,
    });
    if (!response.ok) throw new Error(await errorText(response));
    const last = await readStream(response, (delta) => {
      text += delta;
      $("output").textContent = text;
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const usage = last && last.usage ? last.usage.completion_tokens + " tokens, " : "";
    const note = last && last.mambagen ? last.mambagen.note : null;
    setStatus("Generated (" + usage + seconds + " s); checking…");
    const check = await fetch("/v1/mambagen/validate", {
      method: "POST", headers: headers(),
      // the settings go along so that the download's fingerprint is the one the plugin computes
      body: JSON.stringify({
        code: text, jsx: jsx, screen: screen, manual: manual, case_name: caseName, model: body.model,
        temperature: body.temperature, lora_scale: body.lora_scale, max_tokens: body.max_tokens,
        system_prompt: body.mambagen_case.system_prompt, grounded: body.mambagen_case.grounded,
      }),
    });
    if (!check.ok) throw new Error(await errorText(check));
    showVerdict(await check.json(), note);
  } catch (e) {
    if (e.name === "AbortError") setStatus("Stopped.", true);
    else setStatus(String(e.message || e), true);
  } finally {
    $("generate").disabled = false;
    $("stop").disabled = true;
    controller = null;
  }
}

function init() {
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) $("token").value = saved;
  let loadedWith = $("token").value.trim();
  $("token").addEventListener("change", () => {
    const token = $("token").value.trim();
    if (token === loadedWith) return;
    loadedWith = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    loadModels();
  });
  $("jsx-file").addEventListener("change", () => {
    const file = $("jsx-file").files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      $("jsx").value = reader.result;
      $("screen").value = file.name;
    };
    reader.readAsText(file);
  });
  $("generate").addEventListener("click", generate);
  $("stop").addEventListener("click", () => { if (controller) controller.abort(); });
  loadModels();
}

document.addEventListener("DOMContentLoaded", init);
