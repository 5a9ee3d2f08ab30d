// Loaded without waiting (async) while the app's own code downloads: the first Intl number and
// date formatters a page builds load the browser's locale data, one long task that fell inside
// the first page's render; built here, it runs while the page waits on the network (decision 170).
try {
  new Intl.NumberFormat('en').format(1);
  new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).format(0);
} catch {
  // Without Intl there is nothing to prepare.
}
