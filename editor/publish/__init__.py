"""Delivery of finished pieces to where newsroom systems ingest them: a watched folder, an
FTP/FTPS drop, an HTTP(S) endpoint. Headless (no Qt): the command line and the window's
File → Publish both call `publishing.publish`."""
