/** Print views: the Print button on the title page (hidden without scripts, and on paper). */
for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print());
