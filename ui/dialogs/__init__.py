"""Small dialogs. Most work happens in the tabs; dialogs are few and plain."""
