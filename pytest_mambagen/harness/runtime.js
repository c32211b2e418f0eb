// Injected into every bundle by the mambagen harness (esbuild --inject). It must import
// nothing but React, so that the same copy of React serves the screen and the root.
// window.__mambagen_mount(module, name) renders module.default with the page's props
// under flushSync, so the screen is on the page once the document has loaded, and
// leaves its outcome in window.__mambagen_status for the harness to read.
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

function describe(error) {
  if (error && error.stack) return String(error.stack);
  return String(error);
}

window.__mambagen_mount = function (mod, name) {
  const status = (window.__mambagen_status = { rendered: false, errors: [] });
  const Component = mod.default;
  if (Component === undefined || Component === null) {
    status.errors.push("no default export in " + name);
    return;
  }
  const isComponent = typeof Component === "function" ||
    (typeof Component === "object" && Component.$$typeof !== undefined);
  if (!isComponent) {
    status.errors.push("the default export of " + name + " is not a React component (got " +
      typeof Component + ")");
    return;
  }
  const propsNode = document.getElementById("mambagen-props");
  const props = propsNode ? JSON.parse(propsNode.textContent) : {};
  const root = createRoot(document.getElementById("root"), {
    onUncaughtError(error) {
      status.errors.push(describe(error));
      if (typeof reportError === "function") reportError(error);
    },
  });
  try {
    flushSync(() => root.render(createElement(Component, props)));
  } catch (error) {
    status.errors.push(describe(error));
  }
  status.rendered = true;
};
