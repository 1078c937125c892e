"""The Papers tab's parts: the paper editor with its plain-language checker, the findings list,
the reading panel, the rewrite dialog, the Plain view, paper import and autosave.

The tab itself (ui/papers/tab.py) puts these together. Qt-free helpers (wording, offsets,
term_links) can be tested without a window. The glossary conversion is meetingkit/plain/trust.py.
"""
