"""Two laptops and a server: offline edits on both, then sync; merges, conflicts, tombstones, log entries by union."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bcm.services.incidents import add_log_entry, incident_detail, start_incident
from bcm.services.people_admin import ServiceInput, create_service
from bcm.sync.conflicts import open_conflicts, resolve
from bcm.sync.discard import UNDO_EDIT, UNDO_LOG, UNDO_MADE, discard_refused, refused_changes
from bcm.sync.engine import sync_status
from db.models import AuditEntry, LikelihoodLevel, LogEntry, Person
from tests.conftest import fixed_clock
from tests.sync_helpers import VIEWER_REASON, Replica, new_replica, refuse, server_database


@pytest.fixture
def server(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from server_database(backend, request, tmp_path)


@pytest.fixture
def laptops(tmp_path: Path, server: str) -> Iterator[tuple[Replica, Replica]]:
    a, b = new_replica(tmp_path, "alice"), new_replica(tmp_path, "bob")
    a.sync(server)
    b.sync(server)
    yield a, b
    a.database.close()
    b.database.close()


def test_fresh_replicas_adopt_the_servers_matrix_without_conflicts(laptops: tuple[Replica, Replica]) -> None:
    a, b = laptops
    for replica in (a, b):
        assert replica.reports[0].conflicts == [] and replica.reports[0].problems == []
        assert replica.count(LikelihoodLevel) == 5


def test_a_record_made_on_one_laptop_reaches_the_other(laptops: tuple[Replica, Replica], server: str) -> None:
    a, b = laptops
    pid = a.add_person("Priya Shah", job_title="Duty manager")
    assert a.sync(server).pushed["people"] == 1
    assert b.sync(server).pulled["people"] == 1
    assert b.person(pid).job_title == "Duty manager"


def test_different_fields_changed_offline_on_both_merge(laptops: tuple[Replica, Replica], server: str) -> None:
    a, b = laptops
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    a.edit_person(pid, job_title="Locality manager")
    b.edit_person(pid, mobile="07700 900123")
    a.sync(server)
    report = b.sync(server)
    assert report.conflicts == [] and len(report.merged) == 1
    a.sync(server)
    for replica in (a, b):
        person = replica.person(pid)
        assert (person.job_title, person.mobile) == ("Locality manager", "07700 900123")


def test_the_same_field_changed_differently_is_a_conflict_both_kept_in_the_audit_trail(
    laptops: tuple[Replica, Replica], server: str,
) -> None:
    a, b = laptops
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    a.edit_person(pid, job_title="Locality manager")
    b.edit_person(pid, job_title="Area manager", mobile="07700 900123")
    a.sync(server)
    report = b.sync(server)
    assert len(report.conflicts) == 1 and report.open_conflicts == 1
    [conflict] = open_conflicts(b.ctx)
    assert (conflict.field, conflict.mine, conflict.theirs) == ("job_title", "Area manager", "Locality manager")
    assert b.person(pid).job_title == "Area manager"  # mine stays until chosen
    a.sync(server)
    assert a.person(pid).job_title == "Locality manager"  # held back from the server until settled
    resolve(b.ctx, conflict.id, "value", "Locality and area manager")
    assert open_conflicts(b.ctx) == []
    b.sync(server)
    a.sync(server)
    for replica in (a, b):
        person = replica.person(pid)
        assert (person.job_title, person.mobile) == ("Locality and area manager", "07700 900123")
        trail = replica.count(AuditEntry, AuditEntry.record_id == pid, AuditEntry.field == "job_title",
                              AuditEntry.old_value == "Area manager", AuditEntry.new_value == "Locality manager")
        assert trail == 1, "both versions of the conflicting field are in the audit trail"


def test_a_conflicting_edits_audit_entries_go_up_with_it_once_settled(laptops: tuple[Replica, Replica],
                                                                     server: str, tmp_path: Path) -> None:
    a, b = laptops
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    a.edit_person(pid, job_title="Locality manager")
    b.edit_person(pid, job_title="Area manager")
    a.sync(server)
    b.sync(server)
    [conflict] = open_conflicts(b.ctx)
    c = new_replica(tmp_path, "carol")  # a third laptop: what the server's trail holds reaches it
    c.sync(server)
    assert c.count(AuditEntry, AuditEntry.record_id == pid, AuditEntry.user_name == "bob") == 0  # not while open
    resolve(b.ctx, conflict.id, "mine")
    b.sync(server)
    c.sync(server)
    assert c.person(pid).job_title == "Area manager"
    assert c.count(AuditEntry, AuditEntry.record_id == pid, AuditEntry.user_name == "bob",
                   AuditEntry.new_value == "Area manager",
                   AuditEntry.record_label.not_like("%sync conflict%")) == 1  # bob's edit went up with the record
    assert c.count(AuditEntry, AuditEntry.record_label.like("%sync conflict settled%")) == 1
    c.database.close()


@pytest.mark.parametrize("take, expected", [("mine", "Area manager"), ("theirs", "Locality manager")])
def test_a_conflict_settled_by_taking_one_side(laptops: tuple[Replica, Replica], server: str, take: str,
                                                expected: str) -> None:
    a, b = laptops
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    a.edit_person(pid, job_title="Locality manager")
    b.edit_person(pid, job_title="Area manager")
    a.sync(server)
    b.sync(server)
    [conflict] = open_conflicts(b.ctx)
    resolve(b.ctx, conflict.id, take)
    b.sync(server)
    a.sync(server)
    assert a.person(pid).job_title == b.person(pid).job_title == expected


def test_a_soft_delete_travels_as_a_tombstone(laptops: tuple[Replica, Replica], server: str) -> None:
    a, b = laptops
    pid = a.add_person("Leaver")
    a.sync(server)
    b.sync(server)
    from bcm.services.people_admin import remove_person

    remove_person(a.ctx, pid)
    a.sync(server)
    b.sync(server)
    assert b.person(pid).deleted_at is not None


def test_deleted_there_edited_here_is_a_conflict(laptops: tuple[Replica, Replica], server: str) -> None:
    from bcm.services.people_admin import remove_person

    a, b = laptops
    pid = a.add_person("Leaver")
    a.sync(server)
    b.sync(server)
    remove_person(a.ctx, pid)
    b.edit_person(pid, mobile="07700 900999")
    a.sync(server)
    b.sync(server)
    [conflict] = open_conflicts(b.ctx)
    assert conflict.field == "deleted_at" and conflict.mine is None and conflict.theirs is not None
    assert b.person(pid).deleted_at is None and b.person(pid).mobile == "07700 900999"


def test_a_hard_delete_travels(laptops: tuple[Replica, Replica], server: str) -> None:
    from bcm.scoring import Band, Matrix
    from bcm.services.matrix import get_matrix, save_matrix

    a, b = laptops
    matrix = get_matrix(a.ctx)
    bands = (Band("Low", 1, 4, "#00a000"), Band("Medium", 5, 12, "#ffbf00"), Band("High", 15, 25, "#d00000"))
    save_matrix(a.ctx, Matrix(matrix.likelihood, matrix.impact, bands))
    a.sync(server)
    b.sync(server)
    assert [x.max_score for x in get_matrix(b.ctx).bands] == [4, 12, 25]


def test_log_entries_written_offline_on_both_merge_by_union(laptops: tuple[Replica, Replica], server: str) -> None:
    a, b = laptops
    incident = start_incident(a.ctx, "Power cut: Thanet", ["power"], None, [])
    a.sync(server)
    b.sync(server)
    assert add_log_entry(a.ctx, incident, "information", "Generator on site") == 1
    assert add_log_entry(b.ctx, incident, "decision", "Move residents to the day room",
                         rationale="Heating works there") == 1
    a.sync(server)
    report = b.sync(server)
    a.sync(server)
    assert report.conflicts == []
    for replica in (a, b):
        texts = sorted(e.text for e in incident_detail(replica.ctx, incident).log)
        assert texts == ["Generator on site", "Move residents to the day room"]
        assert replica.count(LogEntry) == 2


def test_syncing_again_changes_nothing(laptops: tuple[Replica, Replica], server: str) -> None:
    a, b = laptops
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    b.edit_person(pid, mobile="07700 900123")
    b.sync(server)
    a.sync(server)
    for replica in (a, b):
        again = replica.sync(server)
        assert not again.changed_anything and again.problems == [], again.lines()
    assert a.count(Person) == b.count(Person) == 1


def test_the_same_fact_added_on_both_laptops_becomes_one_record(laptops: tuple[Replica, Replica],
                                                                server: str) -> None:
    from db.models import Theme

    a, b = laptops
    for replica in (a, b):
        with replica.ctx.unit_of_work() as session:
            session.add(Theme(name="staffing"))
    a.sync(server)
    report = b.sync(server)
    a.sync(server)
    assert report.problems == [] and report.conflicts == []
    assert a.count(Theme) == b.count(Theme) == 1


def test_core_writes_are_journaled_and_an_insert_without_ids_is_refused(laptops: tuple[Replica, Replica],
                                                                        server: str) -> None:
    from sqlalchemy import insert, update

    a, b = laptops
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    with b.ctx.unit_of_work() as session:
        session.execute(update(Person).where(Person.id == pid).values(team="Thanet"))
    b.sync(server)
    a.sync(server)
    assert a.person(pid).team == "Thanet"
    with pytest.raises(ValueError, match="must give each row its id"), b.ctx.unit_of_work() as session:
        session.execute(insert(Person), [{"name": "No id"}])


# --- changes the server refused, taken back one by one ---------------------------------------------------------------


def test_only_the_chosen_refused_changes_are_taken_back(laptops: tuple[Replica, Replica], server: str) -> None:
    a, _ = laptops
    kept, undone = a.add_person("Priya Shah", job_title="Duty manager"), a.add_person("Sam Okafor", job_title="Officer")
    a.sync(server)
    a.edit_person(kept, job_title="Changed here, kept")
    a.edit_person(undone, job_title="Changed here, undone")
    made = a.add_person("Made here")
    for pid in (kept, undone, made):
        refuse(a, "people", pid)
    listed = {c.record_id: c for c in refused_changes(a.database)}
    assert listed[undone].reason == VIEWER_REASON and listed[undone].undo == UNDO_EDIT
    assert listed[made].undo == UNDO_MADE

    done = discard_refused(a.database, a.user, fixed_clock(), only=[("people", undone), ("people", made)])

    assert sorted(done.reverted) == ["people: Made here", "people: Sam Okafor"] and done.kept_here == []
    assert a.person(undone).job_title == "Officer" and a.person(kept).job_title == "Changed here, kept"
    assert a.count(Person, Person.name == "Made here") == 0
    assert [c.record_id for c in refused_changes(a.database)] == [kept]
    assert sync_status(a.database).refused == 1


def test_a_record_made_here_goes_with_the_refused_records_that_refer_to_it(laptops: tuple[Replica, Replica]) -> None:
    a, _ = laptops
    manager = a.add_person("Nadia Karim")
    service = create_service(a.ctx, ServiceInput("Night outreach", manager="Nadia Karim"))
    refuse(a, "people", manager)
    refuse(a, "services", service)
    going = refused_changes(a.database, only=[("people", manager)])
    assert [(c.table_name, c.record_id) for c in going] == [("people", manager), ("services", service)]
    done = discard_refused(a.database, a.user, fixed_clock(), only=[("people", manager)])
    assert sorted(done.reverted) == ["people: Nadia Karim", "services: Night outreach"]
    assert refused_changes(a.database) == [] and a.count(Person, Person.name == "Nadia Karim") == 0


def test_a_refused_log_entry_chosen_alone_is_kept_here_only(laptops: tuple[Replica, Replica], server: str) -> None:
    a, _ = laptops
    incident = start_incident(a.ctx, "Power cut: County Hall", ["power"], "Duty officer", [])
    a.sync(server)
    add_log_entry(a.ctx, incident, "decision", "Staff work from home", rationale="Building unsafe")
    [entry] = [e.id for e in incident_detail(a.ctx, incident).log]
    refuse(a, "log_entries", entry)
    assert [c.undo for c in refused_changes(a.database)] == [UNDO_LOG]
    done = discard_refused(a.database, a.user, fixed_clock(), only=[("log_entries", entry)])
    assert done.kept_here == ["log entries: Staff work from home"] and done.reverted == []
    assert [e.text for e in incident_detail(a.ctx, incident).log] == ["Staff work from home"]
    assert refused_changes(a.database) == []
    assert not a.sync(server).pushed.get("log_entries")  # kept on this computer only
