/** Task pane entry (the builders, review and raadsversie arrive with issue 8). */
Office.onReady(() => {
  const status = document.getElementById('status');
  if (status) status.textContent = 'GREX is klaar. Typ =GREX. in een cel om de functies te gebruiken.';
});
