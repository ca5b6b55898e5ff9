// Tsunagu's only script: CSRF header for htmx requests, confirmation of destructive actions and
// the header's menu button on narrow screens.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("submit", (event) => {
  const message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// The header's menu: a disclosure button over the links on narrow screens (styles in app.css).
// The script is deferred, so the header is already parsed; without script the links show.
(() => {
  const toggle = document.querySelector(".menu-toggle");
  if (!toggle) {
    return;
  }
  const header = toggle.closest("header");
  const setOpen = (open) => toggle.setAttribute("aria-expanded", String(open));
  toggle.hidden = false;
  header.classList.add("menu-ready");
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  header.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
})();
