"""A throwaway PostgreSQL server for the tests: initdb in a temporary directory, on loopback, a random free port.

The binaries come from $BCM_PG_BINDIR, else the PATH, else Debian's /usr/lib/postgresql/<version>/bin (which
`scripts/install-postgres` installs; `make test` and CI run it). PostgreSQL refuses to run as root, so as root the
server runs as the `postgres` system user that Debian's package creates.

Authentication: the superuser `postgres` is trusted on 127.0.0.1 and on the server's own socket; every other login
needs its password (SCRAM), so the role tests prove that logins and passwords work.

`python -m tests.pg_server` starts one and prints its URL until interrupted: handy for trying `bcm server init`.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
DEBIAN_ROOT = Path("/usr/lib/postgresql")
HBA = """\
local all postgres trust
host all postgres 127.0.0.1/32 trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
"""


class Unavailable(Exception):
    """No PostgreSQL server binaries here; str() says why and what to do."""


def find_bindir() -> Path:
    """The directory holding initdb and pg_ctl, or Unavailable saying where we looked."""
    wanted = ("initdb", "pg_ctl", "postgres")
    explicit = os.environ.get("BCM_PG_BINDIR")
    if explicit:
        bindir = Path(explicit)
        if all((bindir / name).is_file() for name in wanted):
            return bindir
        raise Unavailable(f"BCM_PG_BINDIR={explicit} does not hold initdb, pg_ctl and postgres")
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).resolve().parent
    if DEBIAN_ROOT.is_dir():
        versions = sorted((p for p in DEBIAN_ROOT.iterdir() if (p / "bin" / "initdb").is_file()),
                          key=lambda p: int(p.name) if p.name.isdigit() else 0)
        if versions:
            return versions[-1] / "bin"
    raise Unavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found on the PATH nor in /usr/lib/postgresql/*/bin: "
        "install Debian's postgresql package (scripts/install-postgres does it as root; make test runs it) "
        "or point BCM_PG_BINDIR at them"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """One running server; stop() removes every trace of it."""

    bindir: Path
    root: Path
    port: int
    _run_as: list[str] = field(default_factory=list)
    _watchdog: subprocess.Popen[bytes] | None = None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._run_as, *args], capture_output=True, text=True, check=False, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({result.returncode}): {result.stderr or result.stdout}")

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8",
                  "--locale=C", "--no-sync", "--auth=trust")
        (self.data / "pg_hba.conf").write_text(HBA)
        options = " ".join([
            f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-k {self.socket_dir}",
            # a test server: durability is not wanted, speed is
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=100",
            "-c password_encryption=scram-sha-256",
        ])
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def watch(self, owner: int) -> None:
        """A separate process that stops the server and removes its folder if `owner` dies without doing so (a test
        run killed or crashed): no server is ever left behind."""
        self._watchdog = subprocess.Popen(
            [sys.executable, __file__, "--watch", str(owner), str(self.bindir), str(self.root), *self._run_as],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            if self._watchdog is not None:
                self._watchdog.terminate()
                self._watchdog.wait(timeout=10)

    def log_tail(self, lines: int = 20) -> str:
        log = self.root / "server.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""


def _scratch_parent() -> str | None:
    """Memory-backed /dev/shm when it has room: creating a database there is ~20 times faster than on some disks."""
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 1 << 30:
            return str(shm)
    except OSError:
        pass
    return None  # the system's temporary folder


def start_server() -> Server:
    """Start a fresh server (Unavailable when there are no binaries, RuntimeError when it will not start)."""
    bindir = find_bindir()
    root = Path(tempfile.mkdtemp(prefix="bcm-pg-", dir=_scratch_parent()))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        try:
            owner = pwd.getpwnam(SUPERUSER)
        except KeyError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise Unavailable("running as root and there is no 'postgres' system user to run the server as "
                              "(Debian's postgresql package creates it)") from exc
        os.chown(root, owner.pw_uid, owner.pw_gid)
        run_as = ["runuser", "-u", SUPERUSER, "--"]
    (root / "socket").mkdir()
    if run_as:
        os.chown(root / "socket", pwd.getpwnam(SUPERUSER).pw_uid, pwd.getpwnam(SUPERUSER).pw_gid)
    server = Server(bindir, root, _free_port(), run_as)
    try:
        server.start()
    except Exception as exc:
        tail = server.log_tail()
        server.stop()
        raise RuntimeError(f"the test PostgreSQL server did not start: {exc}\n{tail}") from None
    server.watch(os.getpid())
    return server


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch(owner: int, bindir: str, root: str, run_as: list[str]) -> None:
    stopping = False

    def leave(*_: object) -> None:  # the owner stopped the server itself
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, leave)
    while not stopping and _alive(owner):
        time.sleep(1)
    if stopping:
        return
    orphan = Server(Path(bindir), Path(root), 0, run_as)
    try:
        orphan.stop()
    except Exception:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--watch"]:
        _watch(int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:])
        sys.exit(0)
    running = start_server()
    print(running.url(), flush=True)
    try:
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
