import Link from "next/link";

import "./globals.css";

// Only paths outside any locale land here, so the page cannot know the reader's language and shows both.
export default function RootNotFound() {
  return (
    <html lang="id">
      <head>
        <title>Halaman tidak ditemukan · Page not found</title>
      </head>
      <body>
        <main className="mx-auto max-w-3xl p-8">
          <h1 className="mb-4 text-3xl font-bold">Halaman tidak ditemukan</h1>
          <p className="mb-4">
            <Link href="/id">Kembali ke beranda</Link>
          </p>
          <p lang="en">
            Page not found. <Link href="/en">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
