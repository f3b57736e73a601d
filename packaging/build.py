"""Build Copydesk's installers: `python packaging/build.py TARGET [TARGET…]`.

Targets (outputs in dist/):
  bundle            PyInstaller one-folder application for this OS (dist/copydesk, or
                    dist/Copydesk.app on macOS)
  deb               Debian/Ubuntu package (Linux), from the bundle
  linux-data        desktop entry, AppStream metainfo, MIME type and icons under --prefix
  windows           MSI installer (Windows); elsewhere, with wixl, a stand-in MSI that
                    proves the WiX source compiles, with this OS's bundle as payload
  macos             Copydesk.app and its .dmg (macOS), signed and notarised when the
                    environment says how (see packaging/README.md)
  flatpak-manifest  dist/flatpak: the manifest and its pinned Python dependencies
  check             the bundle's libraries (ldd) and the Linux files' validators
  all               everything this OS can build

Each target builds what it needs first, once per run: `deb` builds the bundle unless
--reuse-bundle is given.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.dont_write_bytecode = True  # keep packaging/ free of __pycache__ beside the spec

import bundle  # noqa: E402
import debian  # noqa: E402
import flatpak  # noqa: E402
import linux_data  # noqa: E402
import macos  # noqa: E402
import windows  # noqa: E402
from release import DIST, version  # noqa: E402

Step = Callable[[argparse.Namespace], object]


def _bundle(options: argparse.Namespace) -> object:
    if options.reuse_bundle:
        return bundle.existing_bundle()
    return bundle.build_bundle()


def _check(options: argparse.Namespace) -> object:
    if sys.platform.startswith("linux"):
        bundle.check_libraries(bundle.existing_bundle())
        linux_data.validate(linux_data.install(DIST / "linux-data"))
    return None


TARGETS: dict[str, tuple[tuple[str, ...], Step]] = {
    "bundle": ((), _bundle),
    "linux-data": ((), lambda o: linux_data.install(o.prefix or DIST / "linux-data")),
    "deb": (("bundle",), lambda o: debian.build(bundle.existing_bundle())),
    "windows": (("bundle",), lambda o: windows.build(bundle.existing_bundle())),
    "macos": (("bundle",), lambda o: macos.build(bundle.existing_bundle())),
    "flatpak-manifest": ((), lambda o: flatpak.write_manifest(DIST / "flatpak")),
    "check": (("bundle",), _check),
}
"""Each target: the targets it needs first, and what it does."""

ALL: dict[str, tuple[str, ...]] = {
    "linux": ("bundle", "check", "deb", "flatpak-manifest"),
    "win32": ("bundle", "windows"),
    "darwin": ("bundle", "macos"),
}


def plan(requested: list[str]) -> list[str]:
    """The targets to run, each once, every one after those it needs."""
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    order: list[str] = []

    def visit(name: str) -> None:
        for needed in TARGETS[name][0]:
            visit(needed)
        if name not in order:
            order.append(name)

    for name in requested:
        for target in ALL.get(platform, ("bundle",)) if name == "all" else (name,):
            visit(target)
    return order


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/build.py",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("targets", nargs="+", choices=[*TARGETS, "all"], metavar="TARGET")
    parser.add_argument(
        "--reuse-bundle", action="store_true", help="package the bundle already in dist/"
    )
    parser.add_argument("--prefix", type=Path, help="linux-data: where to install (e.g. /app)")
    options = parser.parse_args(argv)
    print(f"Copydesk {version()}")
    for name in plan(options.targets):
        started = time.monotonic()
        print(f"== {name}", flush=True)
        TARGETS[name][1](options)
        print(f"== {name}: done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
