"""MeetingKit's desktop app (PySide6). It imports meetingkit; meetingkit never imports it."""
