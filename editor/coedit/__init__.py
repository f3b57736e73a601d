"""Co-editing: the article as a Yjs document shared through a y-websocket server.

A layer beside `editor/formats`: it reads and writes the model, imports pycrdt, never Qt.
The model stays free of pycrdt. The layout any Yjs client can read is in README.md; the
server and the client are `server.py` and `client.py`.
"""
