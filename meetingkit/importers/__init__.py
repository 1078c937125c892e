"""Bringing papers in: Word (.docx), markdown and text files become markdown.

Every importer refuses bad input with ImportRefused (a one-line reason) and never lets another
exception escape.
"""
