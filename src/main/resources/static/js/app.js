// Tsunagu's only script: CSRF header for htmx requests, confirmation of destructive actions, the
// header's menu button on narrow screens and the measure of the forms' sticky action bars.
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
// The forms' action bars stick to the bottom of a phone's screen (app.css) only once measured: the
// page then keeps their height free when focus scrolls a field into view (WCAG 2.4.11), whatever
// the text size or however the buttons wrap. A bar taller than a third of the screen would leave
// too little room for the form, so it stays in the flow instead.
(() => {
  if (!("ResizeObserver" in window)) {
    return;
  }
  const root = document.documentElement;
  const bars = () => document.querySelectorAll(".actions");
  const measure = () => {
    let height = 0;
    bars().forEach((bar) => {
      height = Math.max(height, bar.getBoundingClientRect().height);
    });
    root.style.setProperty("--sticky-bar-height", `${Math.ceil(height)}px`);
    root.classList.toggle("sticky-bars", height > 0 && height <= window.innerHeight / 3);
  };
  const observer = new ResizeObserver(measure);
  const observeAll = () => bars().forEach((bar) => observer.observe(bar));
  observeAll();
  document.addEventListener("htmx:afterSettle", observeAll);
  window.addEventListener("resize", measure);
  // The scroll padding serves most fields, but Chromium reveals only the caret of a text area and
  // only the first part of a date field: a field still under a bar is scrolled up above it.
  document.addEventListener("focusin", (event) => {
    const field = event.target.getBoundingClientRect();
    bars().forEach((bar) => {
      if (bar.contains(event.target) || getComputedStyle(bar).position !== "sticky") {
        return;
      }
      const covered = field.bottom - bar.getBoundingClientRect().top;
      if (covered > 0 && field.top < bar.getBoundingClientRect().bottom) {
        window.scrollBy(0, Math.min(covered + 8, field.top));
      }
    });
  });
})();
