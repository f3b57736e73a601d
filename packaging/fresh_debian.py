"""The README's "Try it" command, exactly as written, on a fresh Debian 12: a window must come up.

    sudo python3 packaging/fresh_debian.py [--out DIR] [--python PYTHON] [--keep]

Builds a clean root with `debootstrap --variant=minbase` (Python, venv, CA certificates and
sudo: what a desktop install has), copies this clone in, and runs the README's command there
as a user with sudo, against an Xvfb display started here (its socket bind-mounted into the
root). It waits for a Copydesk window (xdotool), saves a picture of the screen (with PYTHON's
Qt, default .venv/bin/python) as DIR/window.png (default dist/fresh-debian). Then it removes
two of the window's libraries and checks that `copydesk` names them and the command that
installs them (exit 2) rather than opening a window. It tears everything down, processes and
mounts, whether it passed or not.

This machine's ways out are passed in, as a newsroom's IT would configure a new desktop: the
Debian mirror and suites of its apt sources, its apt proxy if any, its pip configuration (files,
PIP_* variables, the local folders they name) and its certificate bundle. Nothing is cached
between runs. Needs root and the Debian packages debootstrap, xvfb, xdotool.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = "bookworm"
INCLUDE = "python3,python3-venv,ca-certificates,sudo"
USER = "journalist"
CLONE = Path("/home") / USER / "copydesk"
WINDOW_DEADLINE = 1800  # seconds for apt, pip and the first window, on a slow shared network
CERTIFICATES = Path("/etc/ssl/certs/ca-certificates.crt")
WORK = Path("/var/tmp")
"""Where the fresh root is made (a folder of its own each run)."""
REMOVED = ("libxcb-icccm4", "libxcb-keysyms1")
"""Two of the window's libraries, taken away again to see the start-up check name them."""


class TryItError(Exception):
    """The fresh system did not open the window; the message says where it stopped."""


def readme_command(readme: Path = ROOT / "README.md") -> str:
    """The first shell block of the README's "Try it" section, as the reader copies it."""
    text = readme.read_text(encoding="utf-8")
    if "\n## Try it\n" not in text:
        raise TryItError(f"{readme}: no “Try it” section")
    section = text.split("\n## Try it\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```sh\n(.*?)\n```", section, re.DOTALL)
    if match is None:
        raise TryItError(f"{readme}: the “Try it” section has no sh block")
    return match[1]


def say(started: float, text: str) -> None:
    print(f"== fresh-debian: {text} ({time.monotonic() - started:.0f} s)", flush=True)


def run(
    *command: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    capture_output: bool = False,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], check=True, text=True, cwd=cwd, env=env,
        capture_output=capture_output,
    )  # fmt: skip


# -- what the host passes in -----------------------------------------------------------------


def debian_sources(sources: Path = Path("/etc/apt")) -> list[tuple[str, list[str]]]:
    """(URI, suites) of this machine's enabled Debian 12 apt sources, both file formats."""
    found: list[tuple[str, list[str]]] = []
    files = [sources / "sources.list", *sorted((sources / "sources.list.d").glob("*"))]
    for file in files:
        if not file.is_file() or file.suffix not in (".list", ".sources"):
            continue
        text = file.read_text(encoding="utf-8", errors="replace")
        if file.suffix == ".sources":
            for stanza in re.split(r"\n\s*\n", text):
                fields = dict(re.findall(r"^([A-Za-z-]+):\s*(.*)$", stanza, re.MULTILINE))
                if "deb" in fields.get("Types", "").split() and fields.get("Enabled") != "no":
                    for uri in fields.get("URIs", "").split():
                        found.append((uri, fields.get("Suites", "").split()))
        else:
            for line in text.splitlines():
                words = re.sub(r"\[.*?\]", "", line.split("#", 1)[0]).split()
                if len(words) >= 3 and words[0] == "deb":
                    found.append((words[1], [words[2]]))
    ours = [(uri, [s for s in suites if s.startswith(SUITE)]) for uri, suites in found]
    return [(uri, suites) for uri, suites in ours if suites]


def apt_sources(entries: list[tuple[str, list[str]]]) -> str:
    return "".join(
        f"Types: deb\nURIs: {uri}\nSuites: {' '.join(suites)}\nComponents: main\n"
        "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n"
        for uri, suites in entries
    )


def apt_proxy() -> str:
    dump = subprocess.run(["apt-config", "dump"], capture_output=True, text=True).stdout
    return "".join(f"{line}\n" for line in dump.splitlines() if "::proxy" in line.lower())


def pip_files() -> list[tuple[Path, str]]:
    """The pip configuration files in effect here, and where they go in the root."""
    debug = subprocess.run(
        [sys.executable, "-m", "pip", "config", "debug"], capture_output=True, text=True
    ).stdout
    placed = []
    section = ""
    for line in debug.splitlines():
        if re.match(r"^[a-z_]+:$", line):
            section = line[:-1]
        match = re.match(r"^  (/\S+), exists: True", line)
        if match and section in ("global", "user"):
            path = Path(match[1])
            inside = path if section == "global" else _in_home(path)
            placed.append((path, str(inside)))
    return placed


def _in_home(path: Path) -> Path:
    return Path("/home") / USER / path.relative_to(Path.home())


def pip_environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key.startswith("PIP_")}


def local_folders(files: list[tuple[Path, str]], environment: dict[str, str]) -> list[Path]:
    """Folders on this disk that the pip configuration names (find-links, file:// indexes)."""
    text = " ".join(p.read_text(encoding="utf-8") for p, _ in files) + " "
    text += " ".join(environment.values())
    paths = {Path(p) for p in re.findall(r"(?:file://)?(/[^\s'\"]+)", text)}
    folders = {p.parent if p.name == "simple" else p for p in paths if p.is_dir()}  # its files
    folders |= {p.parent for p in paths if p.is_file() and not str(p).startswith("/etc/ssl")}
    # never a top-level folder, nor one holding the work folder: mounted over the root's own
    return sorted(p for p in folders if len(p.parts) > 2 and not WORK.is_relative_to(p))


# -- the fresh root --------------------------------------------------------------------------


def build_root(root: Path, mirror: str, log: Path) -> None:
    with log.open("w") as output:
        command = ["debootstrap", "--variant=minbase", f"--include={INCLUDE}", SUITE, root, mirror]
        if subprocess.run(command, stdout=output, stderr=subprocess.STDOUT).returncode:
            raise TryItError(f"debootstrap failed (see {log})")


def prepare_root(root: Path, entries: list[tuple[str, list[str]]]) -> dict[str, str]:
    """The host's apt sources, proxy, pip and certificates; a user with sudo; the clone."""
    (root / "etc/apt/sources.list").write_text("", encoding="utf-8")
    (root / "etc/apt/sources.list.d/debian.sources").write_text(apt_sources(entries), "utf-8")
    (root / "etc/apt/apt.conf.d/90host-proxy").write_text(apt_proxy(), encoding="utf-8")
    shutil.copy(CERTIFICATES, root / CERTIFICATES.relative_to("/"))
    shutil.copy("/etc/resolv.conf", root / "etc/resolv.conf")
    run("chroot", root, "useradd", "--create-home", "--shell", "/bin/bash", USER)
    (root / "etc/sudoers.d" / USER).write_text(f"{USER} ALL=(ALL) NOPASSWD: ALL\n", "utf-8")
    for source, inside in pip_files():
        target = root / inside.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    clone = root / CLONE.relative_to("/")
    clone.mkdir(parents=True)
    files = run("git", "ls-files", "-z", cwd=ROOT, capture_output=True).stdout.split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clone / name)
    run("chroot", root, "chown", "-R", f"{USER}:{USER}", f"/home/{USER}")
    return pip_environment()


@contextmanager
def mounted(root: Path, folders: list[Path]) -> Iterator[None]:
    """/proc, /dev, the X socket and pip's local folders (read-only) inside the root."""
    done: list[Path] = []
    try:
        for options, source, target in [
            (["-t", "proc"], "proc", root / "proc"),
            (["--rbind"], "/dev", root / "dev"),
            (["--bind"], "/tmp/.X11-unix", root / "tmp/.X11-unix"),
            *((["--bind", "-o", "ro"], str(f), root / f.relative_to("/")) for f in folders),
        ]:
            target.mkdir(parents=True, exist_ok=True)
            run("mount", *options, source, target)
            done.append(target)
            if source == "/dev":
                run("mount", "--make-rslave", target)
        yield
    finally:
        for pid in processes_in(root):  # a program the command left running (a daemon…)
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for target in reversed(done):
            subprocess.run(["umount", "-R", str(target)], check=False)


def processes_in(root: Path) -> list[int]:
    """The processes whose root directory is the fresh root: only ones this script started."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with suppress(OSError):
                if Path(os.readlink(entry / "root")) == root:
                    found.append(int(entry.name))
    return found


def mounts_under(folder: Path) -> list[str]:
    lines = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    points = [line.split()[1].replace("\\040", " ") for line in lines]
    return [p for p in points if p == str(folder) or p.startswith(f"{folder}/")]


@contextmanager
def xvfb() -> Iterator[str]:
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        else:
            raise TryItError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def user_environment(display: str, pip: dict[str, str]) -> list[str]:
    """A login's environment for the user in the root: nothing of this script's own."""
    environment = {
        "HOME": f"/home/{USER}",
        "USER": USER,
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "DEBIAN_FRONTEND": "noninteractive",
        **pip,
    }
    return [f"{key}={value}" for key, value in environment.items()]


def as_user(root: Path, display: str, pip: dict[str, str], script: str) -> list[str]:
    """The command that runs `script` in the clone, as the user, inside the root."""
    return [
        "chroot", f"--userspec={USER}:{USER}", str(root), "/usr/bin/env", "-i",
        *user_environment(display, pip),
        "bash", "-euo", "pipefail", "-c", f"cd {shlex.quote(str(CLONE))} && {script}",
    ]  # fmt: skip


@contextmanager
def readme_running(
    root: Path, display: str, pip: dict[str, str], log: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """The README's command, in its own process group, ended on the way out."""
    with log.open("w") as output:
        process = subprocess.Popen(
            as_user(root, display, pip, readme_command()),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            yield process
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def start_check_without(root: Path, display: str, pip: dict[str, str], report: Path) -> None:
    """Remove two of the window's libraries and start Copydesk again: instead of Qt's abort,
    it must name them and the one command that installs them, and exit 2."""
    run("chroot", root, "apt-get", "remove", "-y", "-qq", *REMOVED, capture_output=True)
    try:
        result = subprocess.run(
            as_user(root, display, pip, ".venv/bin/copydesk --sample"),
            capture_output=True,
            text=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        raise TryItError(f"without {', '.join(REMOVED)}, a window opened anyway") from None
    expected = f"  sudo apt-get install -y {' '.join(REMOVED)}\n"
    if result.returncode != 2 or expected not in result.stderr:
        raise TryItError(
            f"without {', '.join(REMOVED)}, copydesk said ({result.returncode}):\n{result.stderr}"
        )
    doctor = subprocess.run(
        as_user(root, display, pip, ".venv/bin/copydesk --doctor"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    report.write_text(f"{result.stderr}\n$ copydesk --doctor\n{doctor.stdout}", "utf-8")
    if doctor.returncode != 2 or expected not in doctor.stdout:
        raise TryItError(
            f"copydesk --doctor did not see it ({doctor.returncode}):\n{doctor.stdout}"
        )


def wait_for_window(display: str, process: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + WINDOW_DEADLINE
    environment = {**os.environ, "DISPLAY": display}
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Copydesk$"],
            capture_output=True,
            text=True,
            env=environment,
        ).stdout.split()
        if found:
            return found[0]
        if process.poll() is not None:
            tail = "".join(log.read_text(errors="replace").splitlines(True)[-25:])
            raise TryItError(f"the command ended ({process.returncode}) with no window:\n{tail}")
        time.sleep(2)
    raise TryItError(f"no Copydesk window after {WINDOW_DEADLINE} s (see {log})")


GRAB = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(["grab"])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1], "PNG") else 1)
"""


def screenshot(display: str, python: Path, target: Path, window: str) -> str:
    environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    info = run("xwininfo", "-id", window, env=environment, capture_output=True).stdout
    name = run("xdotool", "getwindowname", window, env=environment, capture_output=True).stdout
    time.sleep(3)  # let the first paint finish; the picture is looked at, not asserted on
    run(python, "-c", GRAB, target, env=environment)
    size = re.search(r"Width: (\d+).*?Height: (\d+)", info, re.DOTALL)
    return f"“{name.strip()}”, {size[1]}×{size[2]}" if size else name.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "fresh-debian")
    parser.add_argument("--python", type=Path, default=ROOT / ".venv" / "bin" / "python")
    parser.add_argument("--keep", action="store_true", help="leave the root for inspection")
    options = parser.parse_args()
    started = time.monotonic()
    options.out.mkdir(parents=True, exist_ok=True)
    entries = debian_sources()
    if not entries:
        print("fresh-debian: no Debian 12 apt source on this machine", file=sys.stderr)
        return 2
    mirror = next((uri for uri, suites in entries if SUITE in suites), entries[0][0])
    work = Path(tempfile.mkdtemp(prefix="copydesk-fresh-", dir=WORK))
    root = work / "root"
    try:
        with ExitStack() as stack:
            say(started, f"debootstrap {SUITE} from {mirror}")
            build_root(root, mirror, options.out / "debootstrap.log")
            built = time.monotonic()
            pip = prepare_root(root, entries)
            display = stack.enter_context(xvfb())
            stack.enter_context(mounted(root, local_folders(pip_files(), pip)))
            say(started, f"the README's command, as {USER}, on display {display}")
            log = options.out / "try-it.log"
            process = stack.enter_context(readme_running(root, display, pip, log))
            window = wait_for_window(display, process, log)
            shown = time.monotonic()
            picture = options.out / "window.png"
            described = screenshot(display, options.python, picture, window)
            say(started, f"window {described}; picture {picture}")
            stop(process)
            say(started, f"the start-up check, with {' and '.join(REMOVED)} removed")
            start_check_without(root, display, pip, options.out / "start-check.txt")
        say(
            started,
            f"passed: root {built - started:.0f} s, README command to window "
            f"{shown - built:.0f} s, total {time.monotonic() - started:.0f} s",
        )
        return 0
    except TryItError as error:
        print(f"fresh-debian: FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        left = mounts_under(work)
        if left:  # never delete through a mount into the host's /dev or pip folders
            print(f"fresh-debian: still mounted, {work} kept: {', '.join(left)}", file=sys.stderr)
        elif options.keep:
            print(f"fresh-debian: the root is kept in {root}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
