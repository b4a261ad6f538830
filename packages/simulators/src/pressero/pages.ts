import { type SimulatorLook, simulatorPage } from '../html.js';

export { escapeHtml } from '../html.js';

const look: SimulatorLook = {
  badge: 'Pressero simulator',
  page: { background: '#eef1f5', text: '#24303f', width: '40rem', margin: '3rem', radius: '6px' },
  badgeColours: { background: '#c9e3ff', text: '#24303f', radius: '4px' },
  button: { background: '#1f6fb2', text: '#fff', radius: '4px', padding: '.45rem .9rem' },
  secondaryButton: { background: '#e3e7ec', text: '#24303f' },
  css: `  h2 { font-size: 1rem; margin-top: 1.5rem; }
  label { display: block; margin: .5rem 0 .25rem; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: .35rem .5rem; }
  code { background: #f3f5f8; padding: 0 .25rem; }`,
};

/** A page of the simulator's admin, in Pressero's admin colours. */
export const page = (title: string, body: string, status = 200) =>
  simulatorPage(look, { title, body, status });
