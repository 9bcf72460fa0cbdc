// Entry: the exit layer first (tiny, synchronous), then the app, loaded separately so a
// broken or slow app bundle can never disable the Quick exit.
import './ui/base.css';
import { installExit } from './exit';

installExit();

import('./app/start')
  .then(({ start }) => start())
  .catch(() => {
    const app = document.getElementById('app');
    if (app) app.setAttribute('aria-busy', 'false');
    document.documentElement.classList.add('boot-failed');
  });
