"""The benchmark's virtualenvs, made fresh from the built wheel: what users install, nothing more.

- ``.bench/default``: ``herohealth-async[redis]`` (the default backend, the standard library's json),
  plus trio, the peers ``aiohttp`` and openapi-python-client's own output for the same document (its
  dependencies: httpx and attrs, which the SDK installs anyway), uvicorn for the local servers and trustme
  for the HTTPS server's throwaway CA.
- ``.bench/aiohttp``: ``herohealth-async[aiohttp]`` alone (aiohttp connections, orjson decoding).

Versions come from the package index (and its constraints), as for a user.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".bench"
SPEC = ROOT / "openapi" / "herohealth-public-api.yaml"


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=cwd)


def build_wheel() -> Path:
    dist = HOME / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, ROOT)
    (wheel,) = dist.glob("herohealth_async-*.whl")
    return wheel


def vanilla_client() -> Path:
    """openapi-python-client's output for the vendored document, without this project's templates or
    configuration: what a user who generated their own client would call."""
    out = HOME / "vanilla"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    tools = Path(sys.executable).parent  # the generator and ruff (its post-hook) of the dev environment
    env_path = f"{tools}:/usr/bin:/bin"
    subprocess.run(
        [
            tools / "openapi-python-client",
            "generate",
            "--path",
            SPEC,
            "--meta",
            "none",
            "--output-path",
            "hero_vanilla",
        ],
        check=True,
        cwd=out,
        env={"PATH": env_path},
    )
    return out


def make_venv(name: str, *requirements: str, extra_path: Path | None = None) -> Path:
    venv = HOME / name
    shutil.rmtree(venv, ignore_errors=True)
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "--quiet", *requirements)
    if extra_path is not None:
        purelib = subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        (Path(purelib) / "bench_extra.pth").write_text(f"{extra_path}\n")
    return python


def prepare() -> dict[str, Path]:
    """Both virtualenvs, made fresh; returns their interpreters by name."""
    HOME.mkdir(exist_ok=True)
    wheel = build_wheel()
    vanilla = vanilla_client()
    return {
        "default": make_venv("default", f"{wheel}[redis]", "aiohttp", "uvicorn", "trio", "trustme", extra_path=vanilla),
        "aiohttp": make_venv("aiohttp", f"{wheel}[aiohttp]"),
    }
