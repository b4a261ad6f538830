import '@vitrine/react/styles.css';
import type { ReactNode } from 'react';
import { requestLocale } from './locale';

export const metadata = { title: 'Clients · Northwind Print Co.' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await requestLocale()}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '24px auto' }}>
        {children}
      </body>
    </html>
  );
}
