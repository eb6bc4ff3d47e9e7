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
            <a href="/id">Kembali ke beranda</a>
          </p>
          <p lang="en">
            Page not found. <a href="/en">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
