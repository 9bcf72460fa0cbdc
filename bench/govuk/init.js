// Starts the GOV.UK components on the comparison page, as a service using govuk-frontend does.
import { initAll } from '/govuk-frontend/govuk-frontend.min.js';

initAll();
window.benchReady = true;
