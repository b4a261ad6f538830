/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The Vitrine API the browser calls with its session token. @default http://localhost:4000 */
  readonly VITE_VITRINE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
