/* global document, matchMedia */
// Runs before the app bundle so a stored dark theme does not flash light on load. Key: see src/web/app/theme.ts.
try {
  const stored = localStorage.getItem('parley-color-scheme');
  const dark = stored === 'dark' || ((stored === null || stored === 'auto') && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
} catch {
  // Storage can be blocked; the app falls back to the system theme.
}
