"""The documented pip install (docs/python.md), as written, on a clean copy of the checkout.

usage: check_pip_install.py SOURCE_ROOT WORK_DIR

Copies the files git knows (tracked, or new and not ignored) to WORK_DIR/src, so that no build
tree or earlier pip build is reused, then runs the two documented commands, with the venv in
WORK_DIR/venv:
    /usr/bin/python3 -m venv --system-site-packages WORK_DIR/venv
    WORK_DIR/venv/bin/pip install --no-build-isolation --no-index src/bindings/python
imports judgement in the venv to parse a sample report, and runs the `judgement` command pip
installed as an entry point. Never reaches the network.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def copy_checkout(root: Path, dest: Path) -> None:
    try:
        listed = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--cached", "--others",
                                 "--exclude-standard"], check=True, capture_output=True).stdout
        files = [f for f in listed.decode().split("\0") if f]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: everything but builds
        files = [str(p.relative_to(root)) for p in root.rglob("*")
                 if p.is_file() and not any(part.startswith(("build", ".git")) for part in p.relative_to(root).parts)]
    for f in files:
        source = root / f
        if not source.is_file():  # deleted in the work tree
            continue
        (dest / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest / f)


def main() -> int:
    root, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    shutil.rmtree(work, ignore_errors=True)
    src, venv = work / "src", work / "venv"
    copy_checkout(root, src)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_PRELOAD")}
    env.update(PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, env=env, cwd=work)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--no-build-isolation", "--no-index",
                    str(src / "bindings" / "python")], check=True, env=env, cwd=work)
    print(f"venv and pip install took {time.monotonic() - started:.0f} s", flush=True)
    target = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                 check=True, capture_output=True, text=True, env=env, cwd=work).stdout.strip())

    check = r"""
import pathlib, sys
import judgement
target = pathlib.Path(sys.argv[1])
assert pathlib.Path(judgement.__file__).resolve().is_relative_to(target), judgement.__file__
package = pathlib.Path(judgement.__file__).parent
for name in ("py.typed", "_judgement.pyi"):
    assert (package / name).is_file(), f"{name} is not installed"
r = judgement.parse_file(sys.argv[2])
overall = r.judgement("overall_effectiveness")
assert (r.document.type, overall.grade, overall.code) == ("ilacs", "Requires improvement to be good", 3), r
print("installed", judgement.__version__, "from", package, "and parsed", r)
"""
    sample = src / "examples" / "reports" / "2019-ilacs.txt"
    subprocess.run([str(venv / "bin" / "python"), "-c", check, str(target), str(sample)], check=True,
                   env=env, cwd=work)
    # The command, as pip installed it.
    out = subprocess.run([str(venv / "bin" / "judgement"), "parse", "-q", "-f", "csv", "-o", "-", str(sample)],
                         check=True, capture_output=True, text=True, env={k: v for k, v in env.items()
                                                                          if k != "JUDGEMENT_CLI"}, cwd=work).stdout
    assert out.startswith("source,provider,provider_key,") and "overall_effectiveness" in out, out
    print("the judgement entry point parsed", sample.name, flush=True)
    shutil.rmtree(work / "src")  # the copy and its build are large; the venv is kept to look at
    return 0


if __name__ == "__main__":
    sys.exit(main())
