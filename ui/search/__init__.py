"""Find in all meetings (Edit menu, Ctrl+Shift+F): words found in every paper and every agenda
item's minutes notes, across all committees, and a way to go straight to each one.

results.py turns the store's search rows into sentences that say what and where (no Qt);
dialog.py is the window; go_to.py selects the meeting and opens the paper or the notes."""
