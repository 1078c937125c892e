"""The Agenda tab's parts: the table, the item editor, undo, templates and questions."""
