"""The child side of bulk execution: a pytest plugin that collects a ``*.mambagen-jobs.json`` manifest.

Loaded as ``-p pytest_mambagen.execution_plugin`` in the session that
:func:`pytest_mambagen.execution.run_jobs` starts (and in each of its
pytest-xdist workers). One manifest entry is one *job*: a test file, optionally
with screens swapped for replacements (``overrides``, handed to the ``mount``
fixture through the node's stash). Each job becomes a collector node
``job-<i>`` holding its test file, so one file can appear in several jobs.

Under pytest-xdist, :meth:`ManifestPlugin.pytest_xdist_make_scheduler` makes the
job the unit of scheduling: a job's tests run on one worker, which is what makes
``stop_at_first_failure`` (skip a job's remaining tests once one failed: enough
to know that a mutant is killed) a local decision. The state for that lives in
:class:`ManifestPlugin`, one instance per session registered in
``pytest_configure``, not in module globals, so two sessions in one process
(pytester) do not share it.

Reports travel the standard way (``--report-log``, written by the controller);
this module adds nothing to them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .atomic import atomic_write
from .harness import OVERRIDES_KEY

MANIFEST_SUFFIX = ".mambagen-jobs.json"
#: ``<manifest><COLLECTED_SUFFIX>``: ``{job: [node ids]}``, written once collected, so that the parent
#: knows when a job is complete (the report log carries reports, not what was collected)
COLLECTED_SUFFIX = ".collected.json"
PLUGIN_NAME = "mambagen-manifest"


def job_of(nodeid: str) -> int | None:
    """The job index of a node id (``job-3::test_cart.py::test_total@job-3`` -> 3)."""
    head = nodeid.split("::", 1)[0]
    if head.startswith("job-") and head[4:].isdigit():
        return int(head[4:])
    return None


def short_name(nodeid: str) -> str:
    """The test's own name (without an xdist ``@group`` suffix, should one appear)."""
    name = nodeid.rsplit("::", 1)[-1]
    head, at, group = name.rpartition("@")
    return head if at and group.startswith("job-") else name


class _JobNode(pytest.Collector):
    """One job of the manifest: collects its test file under the id ``job-<i>``."""

    def __init__(self, *, test_path: Path, job_index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.test_path = test_path
        self.job_index = job_index

    def collect(self) -> list[pytest.Module]:
        if not self.test_path.is_file():
            raise pytest.Collector.CollectError(f"test file not found: {self.test_path}")
        return [pytest.Module.from_parent(self, path=self.test_path,
                                          nodeid=f"{self.nodeid}::{self.test_path.name}")]


class _ManifestFile(pytest.File):
    def collect(self) -> list[_JobNode]:
        plugin: ManifestPlugin = self.config.pluginmanager.get_plugin(PLUGIN_NAME)
        data = json.loads(self.path.read_text(encoding="utf-8"))
        nodes = []
        for job in data["jobs"]:
            index = int(job["index"])
            node = _JobNode.from_parent(self, name=f"job-{index}", nodeid=f"job-{index}",
                                        test_path=Path(job["test_path"]), job_index=index)
            if job.get("overrides"):
                node.stash[OVERRIDES_KEY] = dict(job["overrides"])
            if job.get("stop_at_first_failure"):
                plugin.stop_jobs.add(index)
            nodes.append(node)
        return nodes


class ManifestPlugin:
    """Per-session state: which jobs stop at their first failure, and which have failed (on this worker)."""

    def __init__(self) -> None:
        self.stop_jobs: set[int] = set()
        self.failed_jobs: set[int] = set()
        self.manifests: list[Path] = []

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
        if file_path.name.endswith(MANIFEST_SUFFIX):
            self.manifests.append(file_path)
            return _ManifestFile.from_parent(parent, path=file_path)
        return None

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        if len(self.manifests) != 1:
            return
        manifest = self.manifests[0]
        jobs: dict[str, list[str]] = {str(job["index"]): [] for job in
                                      json.loads(manifest.read_text(encoding="utf-8"))["jobs"]}
        for item in session.items:
            job = job_of(item.nodeid)
            if job is not None and str(job) in jobs:
                head, _, _ = item.nodeid.rpartition("::")
                jobs[str(job)].append(f"{head}::{short_name(item.nodeid)}")
        # every xdist worker collects the same and writes the same: temp file and rename, never half
        atomic_write(Path(str(manifest) + COLLECTED_SUFFIX), json.dumps(jobs), fsync=False)

    @pytest.hookimpl(optionalhook=True)  # only when pytest-xdist is loaded (-n)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        """xdist's scope scheduling with the job as the scope: whole jobs go to workers as they free up.

        Not ``--dist loadgroup`` with ``xdist_group`` marks: xdist 3.8 marks a group by rewriting
        ``item._nodeid``, which pytest 9 no longer reads (node ids live in ``item._id``), so the
        groups were silently lost and a job's tests spread over workers.
        """
        from xdist.scheduler import LoadScopeScheduling

        class JobScheduling(LoadScopeScheduling):
            def _split_scope(self, nodeid: str) -> str:
                return nodeid.split("::", 1)[0]  # "job-<i>"

        return JobScheduling(config, log)

    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        job = job_of(item.nodeid)
        if job is not None and job in self.stop_jobs and job in self.failed_jobs:
            pytest.skip("not run: an earlier test of this job failed (stop_at_first_failure)")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            job = job_of(report.nodeid)
            if job is not None:
                self.failed_jobs.add(job)


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin(PLUGIN_NAME):
        config.pluginmanager.register(ManifestPlugin(), PLUGIN_NAME)
