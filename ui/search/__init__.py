"""Find in all meetings (Edit menu, Ctrl+Shift+F): words found in every paper, agenda item
(title and plain summary), item's minutes notes, decision and action (what and who), across all
committees, and a way to go straight to each one.

meetingkit/search_results.py turns the store's search rows into sentences that say what and
where (no Qt); dialog.py is the window; go_to.py selects the meeting and opens the result where
it is shown."""
