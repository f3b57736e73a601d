"""Writing together: one article shared by several editors through a Yjs (pycrdt) document."""
