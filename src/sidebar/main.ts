/** Sidebar entry point (placeholder until the case desk lands). */
const app = document.getElementById('app');
if (app) app.textContent = 'AfterDesk';
