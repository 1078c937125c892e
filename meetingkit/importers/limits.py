"""Size and shape limits for incoming papers. Generous for real committee papers, small enough
that a hostile file cannot fill the memory or the disk of a trust laptop."""

from __future__ import annotations

MB = 1024 * 1024

MAX_FILE_BYTES = 50 * MB  # refused before the whole file is read
MAX_TOTAL_UNCOMPRESSED = 200 * MB  # all parts of a Word file, as the zip declares them
MAX_MEMBER_UNCOMPRESSED = 100 * MB  # any one part of a Word file
MAX_ZIP_MEMBERS = 5000
# Compression ratio above which a part is taken for a zip bomb. Word XML compresses about
# 5-20 times; a highly repetitive part can reach 100. Tiny parts are exempt because a few
# hundred bytes of zeros can legitimately compress very well.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_FROM = 1 * MB

# A paper's text, as markdown: about 160,000 words, some 320 pages. Far beyond any committee
# paper, and small enough that the editor shows it and the checker checks it in about a second
# (a 49 MB paper took the Papers tab a minute and 1.8 GB to open). Word and PDF files are read
# up to this much text and then refused, so memory stays bounded whatever their size.
MAX_PAPER_CHARACTERS = 1_000_000

MAX_LIST_DEPTH = 6  # deeper list levels are flattened to this one (markdown level 6)
MAX_HEADING_LEVEL = 6
MAX_TABLE_COLUMNS = 64
