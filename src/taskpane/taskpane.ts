/** Task pane entry: mounts the pane once Office is ready. */
import { officeRun } from './excel/host';
import { mountApp } from './ui/app';
import { followOfficeTheme } from './ui/theme';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  followOfficeTheme();
  mountApp(root, officeRun);
}

if (typeof Office === 'undefined') {
  const status = document.getElementById('status');
  if (status) status.textContent = 'Open dit taakvenster vanuit Excel: de Office-bibliotheek is niet geladen.';
} else {
  Office.onReady(() => start());
}
