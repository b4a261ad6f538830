import { type SimulatorLook, simulatorPage } from '../html.js';

export { escapeHtml } from '../html.js';

const look: SimulatorLook = {
  badge: 'GelatoConnect production simulator',
  page: {
    background: '#f4f5f7',
    text: '#1b2430',
    width: '72rem',
    margin: '2rem',
    radius: '8px',
  },
  badgeColours: { background: '#dff3ec', text: '#0b5c46', radius: '4px' },
  button: { background: '#0f7a5c', text: '#fff', radius: '4px', padding: '.3rem .75rem' },
  secondaryButton: { background: '#e6e9ee', text: '#1b2430' },
  css: `  h2 { font-size: 1rem; margin-top: 1.75rem; }
  td, th { border-bottom: 1px solid #e6e9ee; vertical-align: top; font-size: 14px; }
  code { background: #f3f5f8; padding: 0 .25rem; font-size: 12px; word-break: break-all; }
  input { font: inherit; width: 28rem; max-width: 100%; padding: .25rem .4rem; }
  .test { display: inline-block; background: #fff3cd; color: #6b4e00; border-radius: 3px; padding: 0 .35rem; font-size: 12px; }
  .status { font-weight: 600; }
  .failed { color: #a11a1a; }
  .muted { color: #5f6b7a; font-size: 13px; }
  ul.items { margin: 0; padding-left: 1rem; }`,
};

/** A page of the simulator, in GelatoConnect-like colours. */
export const page = (title: string, body: string, status = 200) =>
  simulatorPage(look, { title, body, status });
