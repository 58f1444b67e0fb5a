"""Builds the native module with the project's CMake, for pip (see pyproject.toml).

The checkout's root (two folders up) is configured in Release with only what the package
needs (no tests or benchmarks; no LTO), and only the _judgement module and the judgement
command are built. The command is shipped inside the package (judgement/_bin/judgement) and
pip installs it as the `judgement` entry point (judgement._cli). JUDGEMENT_CMAKE_ARGS adds
CMake arguments; CMAKE_BUILD_PARALLEL_LEVEL sets the jobs.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def version() -> str:
    header = (ROOT / "include" / "judgement" / "version.hpp").read_text()
    return re.search(r'#define JUDGEMENT_VERSION_STRING "([^"]+)"', header).group(1)


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        if not (ROOT / "CMakeLists.txt").is_file():
            raise RuntimeError(f"the judgement checkout is not at {ROOT}: build from a checkout")
        build = Path(self.build_temp).resolve() / "cmake"
        build.mkdir(parents=True, exist_ok=True)
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build),
            "-DCMAKE_BUILD_TYPE=Release",
            "-DCMAKE_INTERPROCEDURAL_OPTIMIZATION=OFF",
            f"-DPython_EXECUTABLE={sys.executable}",
            "-DJUDGEMENT_PYTHON=ON", "-DJUDGEMENT_TESTS=OFF", "-DJUDGEMENT_TOOLS=ON",
            "-DJUDGEMENT_BENCH=OFF", "-DJUDGEMENT_SHARED=OFF",
        ]
        if shutil.which("ninja") and not (build / "CMakeCache.txt").exists():
            configure += ["-G", "Ninja"]
        configure += shlex.split(os.environ.get("JUDGEMENT_CMAKE_ARGS", ""))
        subprocess.run(configure, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(os.cpu_count() or 1)
        subprocess.run(["cmake", "--build", str(build), "--target", "_judgement", "judgement_cli",
                        "--parallel", jobs], check=True)
        built = sorted((build / "bindings" / "python" / "judgement").glob("_judgement*.so"))
        if not built:
            raise RuntimeError("CMake built no _judgement module")
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], target)
        command = build / "tools" / "judgement"
        if not command.is_file():
            raise RuntimeError("CMake built no judgement command")
        (target.parent / "_bin").mkdir(exist_ok=True)
        shutil.copy2(command, target.parent / "_bin" / "judgement")


setup(
    version=version(),
    ext_modules=[Extension("judgement._judgement", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
)
