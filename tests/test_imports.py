"""What each entry point imports: ``import expectgap`` and ``expectgap --version`` need neither
numpy, pandas nor scipy; ``expectgap assess`` of the demo needs neither pandas nor scipy; the
``DataFrame.expectgap`` accessor is registered in whatever order pandas and expectgap are
imported. Each case runs in a fresh interpreter (a module imported once stays imported)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import expectgap
import expectgap.assess
import expectgap.datasets
from expectgap.cli import demo_file

HEAVY = ("numpy", "pandas", "scipy")


def _imported(code: str, modules: tuple[str, ...] = HEAVY) -> dict[str, bool]:
    """Run ``code`` in a fresh interpreter; which of ``modules`` it imported."""
    report = (
        f"import sys; seen = {{m: m in sys.modules for m in {modules!r}}}\n"
        "import json; print(json.dumps(seen))"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"], capture_output=True, text=True, check=True
    )
    loaded: dict[str, bool] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def _command(*arguments: str) -> str:
    """Code running ``python -m expectgap ARGUMENTS`` (the module path) in-process, its output
    sent to stderr so that the last line printed is the report."""
    return (
        "import contextlib, runpy, sys\n"
        f"sys.argv = ['expectgap', *{list(arguments)!r}]\n"
        "with contextlib.redirect_stdout(sys.stderr):\n"
        "    try:\n"
        "        runpy.run_module('expectgap', run_name='__main__', alter_sys=True)\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, exc.code\n"
    )


def test_import_expectgap_imports_neither_pandas_nor_scipy() -> None:
    assert _imported("import expectgap") == dict.fromkeys(HEAVY, False)


def test_version_imports_no_numerical_library() -> None:
    assert _imported(_command("--version")) == dict.fromkeys(HEAVY, False)


def test_assess_of_the_demo_imports_neither_pandas_nor_scipy() -> None:
    loaded = _imported(_command("assess", str(demo_file())))
    assert loaded == {"numpy": True, "pandas": False, "scipy": False}


# Standard modules a text report of an assessment file does not need: package data is read from
# the package's folder (importlib.resources brings tempfile, zipfile, ...), the package's TOML
# data files come compiled, JSON is written only for --json, close-match hints only for an error.
NOT_FOR_A_TEXT_REPORT = ("importlib.resources", "tempfile", "zipfile", "json", "difflib")


def test_assess_of_the_demo_as_text_imports_no_module_it_does_not_use() -> None:
    loaded = _imported(_command("assess", str(demo_file())), NOT_FOR_A_TEXT_REPORT)
    assert loaded == dict.fromkeys(NOT_FOR_A_TEXT_REPORT, False)
    # and the JSON report imports json
    assert _imported(_command("assess", str(demo_file()), "--json"), ("json",)) == {"json": True}


def test_the_helper_sees_an_import() -> None:
    # the check above can fail: a command that imports pandas is seen
    assert _imported(_command("assess", str(demo_file())) + "import pandas")["pandas"]


@pytest.mark.parametrize(
    "code",
    [
        "import expectgap\nimport pandas as pd",  # pandas after expectgap (isort order)
        "import pandas as pd\nimport expectgap",
        "import expectgap.frame\nimport pandas as pd",
        "from expectgap import Money\nimport pandas as pd",
        # a look-up that imports nothing does not use up the registration
        "import expectgap, importlib.util\nimportlib.util.find_spec('pandas')\nimport pandas as pd",
    ],
)
def test_the_accessor_is_registered_in_any_import_order(code: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nprint(pd.DataFrame({{'pay': [1]}}).expectgap.net)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "ExpectgapAccessor" in done.stdout


def test_every_exported_name_resolves() -> None:
    for package in (expectgap, expectgap.assess, expectgap.datasets):
        for name in package.__all__:
            assert getattr(package, name) is not None, name
        assert set(package.__all__) <= set(dir(package))


def test_submodules_are_attributes_after_a_bare_import() -> None:
    # as when the packages imported all their modules: expectgap.money after import expectgap
    code = (
        "import expectgap\n"
        "assert expectgap.money.Money is expectgap.Money\n"
        "assert expectgap.assess.gaps.GapReport is expectgap.GapReport\n"
        "assert expectgap.datasets.jp_census.wage_census is expectgap.datasets.wage_census\n"
        "assert callable(expectgap.assess) and callable(expectgap.position)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = expectgap.nothing  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = expectgap.assess.nothing  # type: ignore[attr-defined]
