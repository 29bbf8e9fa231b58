// Inline script in embed.html's <head>, before the first paint (build/embed-page-plugin.ts). A valid `theme`
// parameter is applied at once, so a dark embed never flashes light. Any other parameter means the page will not
// show the prerendered defaults (src/embed/iframe-main.tsx renders its own values): `data-wait` hides them
// meanwhile, so the defaults' total is never read as the page's, and the loader starts the scripts at once.

const html = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = params.getAll('theme').pop();
if (theme === 'light' || theme === 'dark') html.dataset.theme = theme;
params.delete('theme');
if (params.toString()) html.dataset.wait = '';
