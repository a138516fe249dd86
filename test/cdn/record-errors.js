// Records what a page reports as wrong, for the CDN tests (loaded before anything else in the frame).
window.__errors = [];
window.__infos = [];
const original = { error: console.error, warn: console.warn, info: console.info };
console.error = (...args) => (window.__errors.push(args.join(' ')), original.error(...args));
console.warn = (...args) => (window.__errors.push(args.join(' ')), original.warn(...args));
console.info = (...args) => (window.__infos.push(args.join(' ')), original.info(...args));
window.addEventListener('error', (event) => window.__errors.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(`unhandled: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__errors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
);
