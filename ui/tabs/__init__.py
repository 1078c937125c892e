"""The meeting workspace's tabs, one module each (see ui/workspace.py for the protocol)."""
