"""MeetingKit core: the Qt-free domain, store, plain-language engine, timer and exporters."""

__version__ = "0.1.0"
