"""The File menu's data-safety and exchange actions: backup, restore, automatic backups, import, export, calendar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from bcm.errors import DomainError
from bcm.services.backups import DEFAULT_KEEP, auto_backup, backup, default_backup_path, restore
from bcm.services.reminders import reminders
from bcm.services.risks import list_registers
from ui.app.background import Latest
from ui.app.signals import DATABASE

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow

KEEP_KEY = "backups/keep"
ALL = "All"


def keep_setting() -> int:
    return int(QSettings().value(KEEP_KEY, DEFAULT_KEEP))  # type: ignore[call-overload]


class ExportDialog(QDialog):
    def __init__(self, registers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.kind = QComboBox()
        from bcm.services.table_exports import EXPORTABLE  # with the rest of exporting, when first used

        self.kind.addItems(list(EXPORTABLE))
        self.format = QComboBox()
        self.format.addItems(["xlsx", "csv", "json"])
        self.register = QComboBox()
        self.register.addItems([ALL, *registers])
        self.kind.currentTextChanged.connect(lambda k: self.register.setEnabled(k in ("risks", "actions")))
        form = QFormLayout(self)
        form.addRow("&Export", self.kind)
        form.addRow("&Format", self.format)
        form.addRow("&Register", self.register)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class FileActions(QObject):
    """Kept apart from the main window so each action can be driven by tests; prompts are injectable."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_auto: Path | None = None
        self.ask_save = lambda title, suggested, pattern: QFileDialog.getSaveFileName(
            window, title, suggested, pattern)[0] or None
        self.ask_open = lambda title, folder, pattern: QFileDialog.getOpenFileName(
            window, title, folder, pattern)[0] or None
        self.confirm = lambda title, text: QMessageBox.question(window, title, text) == QMessageBox.StandardButton.Yes
        self.tell = lambda title, text: QMessageBox.information(window, title, text)
        self._demo = Latest(self._demo_done, self._demo_failed, parent=self)
        self._auto = Latest(self._auto_done, lambda exc: self._status(f"Automatic backup failed: {exc}"), parent=self)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def _folder(self) -> str:
        path = self.window.database.path
        return str(path.parent) if path else str(Path.home())

    # --- demo data ---------------------------------------------------------------------------------------------

    def load_demo_data(self) -> None:
        """File › Load the demo data (as `bcm demo`): into an empty database only, off the GUI thread."""
        ctx, window = self.window.ctx, self.window

        def load() -> str:
            from bcm.demo.load import load_demo  # the demo's data modules are large: imported when asked for

            summary = load_demo(ctx)
            return (f"{summary.people} people, {summary.registers} registers, {summary.risks} risks, "
                    f"{summary.services} services with {summary.plans} plans, {summary.exercises} exercises, "
                    f"{summary.incidents} incidents and {summary.recommendations} recommendations")

        self._status("Loading the demo data…")
        window.setCursor(Qt.CursorShape.BusyCursor)
        self._demo.start(load)

    def _demo_done(self, loaded: str) -> None:
        self.window.unsetCursor()
        self.window.signals.changed.emit(DATABASE)
        self.window.refresh_status()
        self._status("Demo data loaded")
        self.tell("Demo data", f"Loaded {loaded} into {self.window.database.describe()}.")

    def _demo_failed(self, exc: Exception) -> None:
        self.window.unsetCursor()
        self._status("")
        self.tell("Demo data", f"{exc}.\n\nTo see the demo, make a new database (File › New database…) and load "
                               "the demo data there.")

    # --- backups -----------------------------------------------------------------------------------------------

    def start_auto_backup(self) -> None:
        """Each time a database file is opened: a rotating copy, taken off the GUI thread."""
        database, keep = self.window.database, keep_setting()
        if database.path is not None and keep > 0:
            self._auto.start(lambda: auto_backup(database, keep))

    def _auto_done(self, path: Path | None) -> None:
        self.last_auto = path
        if path is not None:
            self._status(f"Backed up on opening to {path}")

    def set_keep(self) -> None:
        keep, ok = QInputDialog.getInt(self.window, "Automatic backups", "Keep how many automatic backups (taken "
                                       "each time a database is opened)? 0 turns them off.", keep_setting(), 0, 500)
        if ok:
            QSettings().setValue(KEEP_KEY, keep)

    def backup_now(self) -> None:
        database = self.window.database
        if database.path is None:
            self.tell("Backup", "Only a database file can be backed up here; a server database is backed up on the "
                                "server.")
            return
        target = self.ask_save("Back up to", str(default_backup_path(database.path.resolve())), "Backups (*.bak)")
        if not target:
            return
        try:
            dest = backup(database, Path(target))
        except DomainError as exc:
            QMessageBox.warning(self.window, "Backup failed", str(exc))
            return
        self._status(f"Backed up to {dest}")
        self.tell("Backup", f"Backed up to {dest}")

    def restore_backup(self) -> None:
        database = self.window.database
        if database.path is None:
            self.tell("Restore", "Only a database file can be restored here.")
            return
        source = self.ask_open("Restore from backup", str(database.path.parent / "backups"),
                               "Backups (*.bak *.db);;All files (*)")
        if not source:
            return
        if not self.confirm("Restore", f"Replace {database.path} with {source}?\n\nThe backup is checked first, "
                                       "and what it replaces is backed up."):
            return
        target = str(database.path)
        try:
            report = restore(target, Path(source), database=database)
        except DomainError as exc:
            QMessageBox.warning(self.window, "Nothing was restored", str(exc))
            self.window.switch_database(target)
            return
        self.window.switch_database(target)
        kept = f"\nWhat it replaced was kept in {report.replaced_backup}." if report.replaced_backup else ""
        self.tell("Restored", f"Restored {source}.{kept}")

    # --- exchange ----------------------------------------------------------------------------------------------

    def import_file(self) -> None:
        from ui.app.import_wizard import ImportWizard  # with openpyxl: imported when first used

        ImportWizard(self.window.ctx, self.window.signals, self.window).open()

    def export(self) -> None:
        ctx = self.window.ctx
        dialog = ExportDialog([r.name for r in list_registers(ctx)], self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, fmt = dialog.kind.currentText(), dialog.format.currentText()
        register = dialog.register.currentText() if dialog.register.isEnabled() else ALL
        target = self.ask_save("Export to", str(Path(self._folder()) / f"{kind}.{fmt}"), f"{fmt.upper()} (*.{fmt})")
        if target:
            self.export_to(kind, fmt, None if register == ALL else register, Path(target))

    def export_to(self, kind: str, fmt: str, register: str | None, path: Path) -> Path:
        from bcm.services.table_exports import export_table
        from exports.spreadsheets.writer import write_table  # openpyxl: imported when first used

        table = export_table(self.window.ctx, kind, register)
        write_table(path, fmt, table.title, table.headers, table.rows)
        self._status(f"Exported {len(table.rows)} {kind} to {path}")
        return path

    def export_calendar(self) -> None:
        owner, ok = QInputDialog.getText(self.window, "Calendar reminders",
                                         "Only one person's reminders? (leave empty for everyone's)")
        if not ok:
            return
        target = self.ask_save("Save calendar", str(Path(self._folder()) / "bcm-reminders.ics"),
                               "iCalendar (*.ics)")
        if target:
            ctx = self.window.ctx
            items = reminders(ctx, owner.strip() or None)
            from exports.calendar import write_calendar  # icalendar: imported when first used

            write_calendar(items, Path(target), ctx.now())
            self.tell("Calendar", f"Saved {len(items)} reminders to {target}: open it in Outlook to add them.")
