"""The package itself: its public names, stubs, docstring examples, hidden symbols, light import."""

import doctest
import inspect
import pathlib
import shutil
import subprocess
import sys

import pytest

import judgement
from judgement import _judgement

PACKAGE = pathlib.Path(judgement.__file__).parent
MODULES = ["judgement", "judgement._errors", "judgement._model", "judgement._report", "judgement._scales",
           "judgement._frame", "judgement._plot", "judgement._timeline", "judgement._register"]


def test_every_public_name_exists_and_is_documented():
    for name in judgement.__all__:
        value = getattr(judgement, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), f"{name} has no docstring"
    assert judgement.__version__.count(".") == 2


def test_py_typed_and_native_stubs_are_shipped_and_complete():
    assert (PACKAGE / "py.typed").is_file()
    stub = (PACKAGE / "_judgement.pyi").read_text()
    compile(stub, "_judgement.pyi", "exec")
    native = {n for n in dir(_judgement) if not n.startswith("__")}
    import ast
    tree = ast.parse(stub)
    stubbed = {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
    stubbed |= {t.target.id for t in tree.body if isinstance(t, ast.AnnAssign)}
    assert native == stubbed
    for cls in tree.body:
        if isinstance(cls, ast.ClassDef):
            members = {n.name for n in cls.body if isinstance(n, ast.FunctionDef)} - {"__init__"}
            real = {n for n in dir(getattr(_judgement, cls.name)) if not n.startswith("_")}
            assert members == real, cls.name


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module):
    mod = sys.modules.get(module) or __import__(module, fromlist=["_"])
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_examples_in_docstrings_exist_for_the_main_functions():
    for f in (judgement.parse, judgement.parse_file, judgement.parse_many, judgement.to_frame, judgement.plot_timeline,
              judgement.define_scales, judgement.Report, judgement.Timeline, judgement.ScaleRegistry):
        assert ">>>" in (f.__doc__ or ""), f.__name__


def test_module_exports_only_its_init_function():
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("no nm")
    out = subprocess.run([nm, "-D", "--defined-only", _judgement.__file__], check=True, capture_output=True,
                         text=True).stdout
    names = [line.split()[-1] for line in out.splitlines() if line.strip()]
    assert names == ["PyInit__judgement"], names


def test_import_is_light():
    code = "import sys, judgement; print(sorted(m for m in ('pandas', 'matplotlib', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
