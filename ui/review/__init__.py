"""Offline review of a meeting pack: the partner's review window (read the pack, write
questions, save a reply) and the chair's menu actions (export the packs, minutes and action
log; import a partner's reply). `ui.review.menu.review_menu_actions(context, parent)` gives the
main window its menu entries."""
