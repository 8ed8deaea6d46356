"""One spider per discovery strategy: epaper, sitemap, feed, listing."""
