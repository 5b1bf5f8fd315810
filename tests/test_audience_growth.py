"""LinkedIn's Connections.csv dates each connection: the audit keeps the growth curve month by month,
reports it, and the window draws it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from advocacy.domain.models import AccountRef, Network
from advocacy.networks.linkedin import export as linkedin_export
from advocacy.networks.linkedin.export import audience_by_month, connection_rows
from tests.cassettes import FIXTURES
from tests.test_cli import run_cli
from tests.test_reach import WIDE

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_the_curve_counts_every_month_and_undated_rows_from_the_start() -> None:
    csv = HEADER + "A,B,u,,C,P,05 Nov 2024\nA,B,u,,C,P,28 Feb 2025\nA,B,u,,C,P,01 Nov 2024\nA,B,u,,C,P,\n"
    curve = audience_by_month(connection_rows(('Notes:\n"x"\n\n' + csv).encode("utf-8")))
    assert curve == (("2024-11", 3), ("2024-12", 3), ("2025-01", 3), ("2025-02", 4))
    assert audience_by_month(connection_rows((HEADER + "A,B,u,,C,P,\n").encode())) == ()  # no date, no curve
    assert audience_by_month([]) == ()


def test_an_export_with_connections_reports_followers_and_the_curve(tmp_path: Path, advocacy_home: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    for name in ("Profile", "Shares"):
        shutil.copy(FIXTURES / "linkedin" / f"apk0703__{name}.csv", export / f"{name}.csv")
    (export / "Connections.csv").write_text(
        HEADER + "".join(f"P,{i},u,,C,P,{d} 2025\n" for i, d in enumerate(["03 Mar", "09 Mar", "20 May"])),
        encoding="utf-8-sig",
    )
    fetched = linkedin_export.fetch(None, AccountRef(Network.LINKEDIN, str(export)), WIDE)  # type: ignore[arg-type]
    assert fetched.profile.followers_count == 3
    assert fetched.profile.audience_by_month == (("2025-03", 2), ("2025-04", 2), ("2025-05", 3))
    profile = tmp_path / "me.toml"
    profile.write_text(f'[me.accounts]\nlinkedin_export = "{export}"\n', encoding="utf-8")
    result = run_cli("audit", "--profile", str(profile), "--format", "json", home=advocacy_home)
    (reach,) = json.loads(result.stdout)["reach"]
    assert reach["followers"] == 3 and reach["audience_by_month"] == [["2025-03", 2], ["2025-04", 2], ["2025-05", 3]]
    assert reach["median_engagement"] is None  # an export has no interaction figures


def test_the_dashboard_draws_the_curve_only_where_there_is_one(qtbot: object) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCharts import QChartView

    from advocacy.domain.models import AuditReport, Profile, SourceOutcome, SourceStatus
    from ui.panels.dashboard_charts import audience_chart

    linkedin = Profile(Network.LINKEDIN, "me", followers_count=3, audience_by_month=(("2025-03", 2), ("2025-05", 3)))
    source = SourceOutcome(Network.LINKEDIN, "x", SourceStatus.OK, profile=linkedin)
    report = AuditReport(datetime.now(UTC), 80, (source,), ())
    built = audience_chart(report)
    assert built is not None
    view, note = built
    assert isinstance(view, QChartView) and "From 2 in 2025-03 to 3 by 2025-05" in note
    (series,) = view.chart().series()
    assert [point.y() for point in series.points()] == [2, 3]  # type: ignore[attr-defined]
    bare_source = SourceOutcome(Network.LINKEDIN, "x", SourceStatus.OK, profile=Profile(Network.LINKEDIN, "me"))
    bare = AuditReport(datetime.now(UTC), 80, (bare_source,), ())
    assert audience_chart(bare) is None
