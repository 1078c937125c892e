"""MeetingKit's own error types. Everything a user can cause ends in one of these, with a
message written for that user; the UI and the command line show the message, never a traceback."""


class MeetingKitError(Exception):
    """A problem the user can understand and act on. str(error) is the message to show."""


class NotADatabase(MeetingKitError):
    """The chosen file is not a MeetingKit database (or is damaged)."""


class NewerDatabase(MeetingKitError):
    """The database was written by a newer MeetingKit than this one."""


class ImportRefused(MeetingKitError):
    """An incoming file (paper, review pack, reply, glossary) was refused, with a one-line reason."""


class DatabaseInUse(MeetingKitError):
    """Another copy of MeetingKit has this database open."""


class DamagedDatabase(NotADatabase):
    """A MeetingKit database that is damaged (for example cut short by a failing disk)."""


class ReadOnlyDatabase(MeetingKitError):
    """The database file (or its folder) cannot be written to. Not damage: nothing is offered
    to restore; the message says how to make it writable."""
