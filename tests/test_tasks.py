"""tasks.py, the README's commands: each task reaches the right module with the right arguments."""

import importlib.util

import pytest

from analysis.paths import PROJECT_ROOT


@pytest.fixture
def tasks(monkeypatch):
    spec = importlib.util.spec_from_file_location("tasks", PROJECT_ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calls = []
    monkeypatch.setattr(module, "setup", lambda: calls.append(("setup",)))
    monkeypatch.setattr(module, "run", lambda *args, env=None: calls.append(args) or 0)
    module.calls = calls
    return module


def test_reproduce_passes_input_to_the_reproduce_module(tasks):
    assert tasks.main(["reproduce", "--input", "my.csv"]) == 0
    assert tasks.calls == [("setup",), ("-m", "analysis.reproduce", "--input", "my.csv")]


def test_test_passes_extra_arguments_to_pytest(tasks):
    tasks.main(["test", "-k", "segment", "-x"])
    assert tasks.calls[-1] == ("-m", "pytest", "-k", "segment", "-x")


def test_unknown_arguments_to_other_tasks_are_refused(tasks):
    with pytest.raises(SystemExit):
        tasks.main(["reproduce", "--bogus"])
    assert tasks.calls == []


def test_evaluate_runs_every_evaluation_on_the_given_corpora(tasks):
    tasks.main(["evaluate", "--corpora", "/data"])
    modules = [call[1] for call in tasks.calls[1:]]
    assert modules == ["analysis.evaluate_segmentation", "analysis.evaluate_quotes", "analysis.evaluate_topics"]
    assert all(call[-2:] == ("--corpora", "/data") for call in tasks.calls[1:])
