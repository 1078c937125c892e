"""Ordered schema migrations. The database's PRAGMA user_version says how many have run.

Append new migrations to MIGRATIONS; never edit one that has shipped. Each runs in one
transaction, and each is tested from the version before it (tests/test_migrations.py).
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x4D4B4954  # "MKIT": marks a file as a MeetingKit database


V1_INITIAL = """
        CREATE TABLE committees (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            pack_working_days INTEGER NOT NULL DEFAULT 5,
            meeting_minutes INTEGER NOT NULL DEFAULT 120,
            reading_age_target INTEGER NOT NULL DEFAULT 11,
            pack_word_limit INTEGER NOT NULL DEFAULT 12000,
            quorum INTEGER,
            region TEXT NOT NULL DEFAULT 'ENG'
        );
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'staff'
                CHECK (role IN ('chair','partner','staff','administrator','guest')),
            access_needs TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE memberships (
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (committee_id, person_id)
        );
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL DEFAULT '10:00',
            length_minutes INTEGER NOT NULL DEFAULT 120,
            place TEXT NOT NULL DEFAULT '',
            call_link TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                ('draft','pack_published','held','minutes_drafted','minutes_approved')),
            published_at TEXT,
            published_on_time INTEGER,
            publish_note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meetings_by_committee ON meetings(committee_id, date);
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT 'discussion'
                CHECK (purpose IN ('information','discussion','decision','assurance')),
            presenter TEXT NOT NULL DEFAULT '',
            minutes INTEGER NOT NULL DEFAULT 10,
            summary TEXT NOT NULL DEFAULT '',
            standing TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX agenda_by_meeting ON agenda_items(meeting_id, position);
        CREATE TABLE papers (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            plain_body TEXT,
            source_name TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX papers_by_item ON papers(item_id);
        CREATE TABLE glossary_terms (
            id INTEGER PRIMARY KEY,
            term TEXT NOT NULL,
            meaning TEXT NOT NULL DEFAULT '',
            plain TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'acronym' CHECK (kind IN ('acronym','jargon','allow')),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (term, kind)
        );
        CREATE TABLE speaking_turns (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            mode TEXT NOT NULL DEFAULT 'round',
            started_at TEXT NOT NULL,
            duration_s REAL NOT NULL,
            passed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX turns_by_meeting ON speaking_turns(meeting_id);
        CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'present'
                CHECK (status IN ('present','apologies','absent')),
            declaration TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (meeting_id, person_id)
        );
        CREATE TABLE item_notes (
            item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            text TEXT NOT NULL
        );
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','closed')),
            closed_at TEXT
        );
        CREATE INDEX actions_by_meeting ON actions(meeting_id);
        CREATE INDEX actions_by_status ON actions(status, due);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            papers_in_time INTEGER,
            language_clear INTEGER,
            felt_heard INTEGER,
            said_what_wanted INTEGER,
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
"""


# Partners' questions from review replies, and full-text search over papers and notes.
V2_QUESTIONS_AND_SEARCH = """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            author TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            reply_key TEXT NOT NULL UNIQUE,
            received_at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'porter unicode61'
        );
        INSERT INTO search_index(kind, ref, title, body)
            SELECT 'paper', id, title, body FROM papers;
        INSERT INTO search_index(kind, ref, title, body)
            SELECT 'notes', item_id, '', body FROM item_notes;
        CREATE TRIGGER papers_ai AFTER INSERT ON papers BEGIN
            INSERT INTO search_index(kind, ref, title, body)
                VALUES ('paper', new.id, new.title, new.body);
        END;
        CREATE TRIGGER papers_au AFTER UPDATE OF title, body ON papers BEGIN
            DELETE FROM search_index WHERE kind = 'paper' AND ref = old.id;
            INSERT INTO search_index(kind, ref, title, body)
                VALUES ('paper', new.id, new.title, new.body);
        END;
        CREATE TRIGGER papers_ad AFTER DELETE ON papers BEGIN
            DELETE FROM search_index WHERE kind = 'paper' AND ref = old.id;
        END;
        CREATE TRIGGER notes_ai AFTER INSERT ON item_notes BEGIN
            INSERT INTO search_index(kind, ref, title, body) VALUES ('notes', new.item_id, '', new.body);
        END;
        CREATE TRIGGER notes_au AFTER UPDATE OF body ON item_notes BEGIN
            DELETE FROM search_index WHERE kind = 'notes' AND ref = old.item_id;
            INSERT INTO search_index(kind, ref, title, body) VALUES ('notes', new.item_id, '', new.body);
        END;
        CREATE TRIGGER notes_ad AFTER DELETE ON item_notes BEGIN
            DELETE FROM search_index WHERE kind = 'notes' AND ref = old.item_id;
        END;
"""


# Partners' involvement (time and expenses) per meeting, and the rates each committee pays.
# Money is kept in whole pence so sums never drift; hours and miles may have fractions.
V3_INVOLVEMENT = """
        CREATE TABLE involvement_rates (
            committee_id INTEGER PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
            day_pence INTEGER NOT NULL DEFAULT 0 CHECK (day_pence >= 0),
            half_day_pence INTEGER NOT NULL DEFAULT 0 CHECK (half_day_pence >= 0),
            mileage_pence INTEGER NOT NULL DEFAULT 45 CHECK (mileage_pence >= 0),
            half_day_hours REAL NOT NULL DEFAULT 4 CHECK (half_day_hours > 0)
        );
        CREATE TABLE involvement (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            attended INTEGER NOT NULL DEFAULT 1,
            meeting_hours REAL NOT NULL DEFAULT 0 CHECK (meeting_hours >= 0),
            preparation_hours REAL NOT NULL DEFAULT 0 CHECK (preparation_hours >= 0),
            travel_miles REAL NOT NULL DEFAULT 0 CHECK (travel_miles >= 0),
            travel_cost_pence INTEGER NOT NULL DEFAULT 0 CHECK (travel_cost_pence >= 0),
            other_expenses_pence INTEGER NOT NULL DEFAULT 0 CHECK (other_expenses_pence >= 0),
            expenses_note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            UNIQUE (meeting_id, person_id)
        );
        CREATE INDEX involvement_by_person ON involvement(person_id, meeting_id);
"""

# A skipped turn (the person was away) is not a pass; and the speaker's role is kept with the turn
# so "who was heard" figures do not change if someone's role changes later.
V4_TURN_DETAILS = """
        ALTER TABLE speaking_turns ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE speaking_turns ADD COLUMN role TEXT;
        ALTER TABLE speaking_turns ADD COLUMN round_number INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE speaking_turns ADD COLUMN allotted_s REAL;
        UPDATE speaking_turns SET role = (SELECT role FROM people WHERE people.id = person_id);
"""

# Which text of the paper its plain version was made from (model.body_digest), so a plain version
# the paper has moved on from can be pointed out. NULL for plain versions saved before this: not
# known, so never called out of date.
V5_PLAIN_FROM = """
        ALTER TABLE papers ADD COLUMN plain_from TEXT;
"""

# "PAS: which meaning?": the meaning a committee's chair chose for an acronym that has more than
# one in NHS papers, so it is asked once and used in every paper of that committee.
V6_ACRONYM_MEANINGS = """
        CREATE TABLE acronym_meanings (
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            acronym TEXT NOT NULL,
            meaning TEXT NOT NULL,
            chosen_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (committee_id, acronym)
        );
"""

# The domain word lists (meetingkit/plain/packs.py) a committee has switched off for its papers,
# comma-separated; empty means all are on, so a pack added later is on for every committee.
V7_PLAIN_PACKS = """
        ALTER TABLE committees ADD COLUMN plain_packs_off TEXT NOT NULL DEFAULT '';
"""

# Find in all meetings also finds agenda items (title and plain summary), decisions and actions
# (what and who), beside papers and items' notes. search_index_refs says which index row holds
# which thing, so a save or delete finds its row by rowid: V2's triggers found it by kind and ref,
# which FTS5 can only do by reading every row (about 30 ms per save of an item's notes on ten
# years of records, and one such read per row a deleted meeting takes with it). The table's name
# begins "search_index_" so the undo history (store/history.py) leaves it to these triggers, as it
# does FTS5's own tables. The index is made again and filled from scratch, oldest meeting first,
# so the newest rows (Queries.search ranks the newest matches of a very common word) are the
# newest meetings' and no row of a deleted paper or note can be left behind. It now keeps the
# words' first 3 and 4 letters too, for the search made as someone types ("the" then finds
# the words it begins in 8 ms instead of 75 on ten years of records, for about 15% more file).
V8_SEARCH_KINDS = (  # kind, table, key, title, body, the columns whose change updates the row
    ("paper", "papers", "id", "title", "body", "title, body"),
    ("notes", "item_notes", "item_id", "''", "body", "body"),
    ("item", "agenda_items", "id", "title", "summary", "title, summary"),
    ("decision", "decisions", "id", "''", "text", "text"),
    ("action", "actions", "id", "owner", "text", "text, owner"),
)


def _v8_search_triggers() -> str:
    """The triggers of migration 8 (part of a shipped migration: never change what it makes)."""
    script = ""
    for kind, table, key, title, body, columns in V8_SEARCH_KINDS:
        # No OR IGNORE / OR REPLACE here: a trigger takes the conflict handling of the statement
        # that fired it when that has its own (notes are saved by an upsert), so these do not
        # rely on one.
        doc = f"(SELECT doc FROM search_index_refs WHERE kind = '{kind}' AND ref = new.{key})"
        upsert = f"""
            INSERT INTO search_index_refs (kind, ref) SELECT '{kind}', new.{key}
                WHERE {doc} IS NULL;
            DELETE FROM search_index WHERE rowid = {doc};
            INSERT INTO search_index (rowid, kind, ref, title, body)
                VALUES ({doc}, '{kind}', new.{key}, {_new(title)}, {_new(body)});"""
        script += f"""
        CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {table} BEGIN{upsert}
        END;
        CREATE TRIGGER search_{kind}_au AFTER UPDATE OF {columns} ON {table} BEGIN{upsert}
        END;
        CREATE TRIGGER search_{kind}_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM search_index WHERE rowid =
                (SELECT doc FROM search_index_refs WHERE kind = '{kind}' AND ref = old.{key});
            DELETE FROM search_index_refs WHERE kind = '{kind}' AND ref = old.{key};
        END;"""
    return script


def _new(column: str) -> str:
    return column if column.startswith("'") else f"new.{column}"


V8_SEARCH_MINUTES = """
        DROP TRIGGER papers_ai;
        DROP TRIGGER papers_au;
        DROP TRIGGER papers_ad;
        DROP TRIGGER notes_ai;
        DROP TRIGGER notes_au;
        DROP TRIGGER notes_ad;
        DROP TABLE search_index;
        CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'porter unicode61',
            prefix = '3 4'
        );
        CREATE TABLE search_index_refs (
            doc INTEGER PRIMARY KEY,  -- the rowid of the thing's row in search_index
            kind TEXT NOT NULL,
            ref INTEGER NOT NULL,
            UNIQUE (kind, ref)
        );
        INSERT INTO search_index_refs (kind, ref)
            SELECT kind, ref FROM (
                SELECT 'paper' AS kind, p.id AS ref, m.date AS day FROM papers p
                    JOIN agenda_items a ON a.id = p.item_id JOIN meetings m ON m.id = a.meeting_id
                UNION ALL SELECT 'notes', n.item_id, m.date FROM item_notes n
                    JOIN agenda_items a ON a.id = n.item_id JOIN meetings m ON m.id = a.meeting_id
                UNION ALL SELECT 'item', a.id, m.date FROM agenda_items a
                    JOIN meetings m ON m.id = a.meeting_id
                UNION ALL SELECT 'decision', d.id, m.date FROM decisions d
                    JOIN agenda_items a ON a.id = d.item_id JOIN meetings m ON m.id = a.meeting_id
                UNION ALL SELECT 'action', x.id, m.date FROM actions x
                    JOIN meetings m ON m.id = x.meeting_id)
            ORDER BY day, ref, kind;
        INSERT INTO search_index (rowid, kind, ref, title, body)
            SELECT r.doc, r.kind, r.ref, p.title, p.body FROM search_index_refs r
                JOIN papers p ON r.kind = 'paper' AND p.id = r.ref
            UNION ALL SELECT r.doc, r.kind, r.ref, '', n.body FROM search_index_refs r
                JOIN item_notes n ON r.kind = 'notes' AND n.item_id = r.ref
            UNION ALL SELECT r.doc, r.kind, r.ref, a.title, a.summary FROM search_index_refs r
                JOIN agenda_items a ON r.kind = 'item' AND a.id = r.ref
            UNION ALL SELECT r.doc, r.kind, r.ref, '', d.text FROM search_index_refs r
                JOIN decisions d ON r.kind = 'decision' AND d.id = r.ref
            UNION ALL SELECT r.doc, r.kind, r.ref, x.owner, x.text FROM search_index_refs r
                JOIN actions x ON r.kind = 'action' AND x.id = r.ref;
""" + _v8_search_triggers()

# An index on every column that points at another table: deleting a meeting, an agenda item or a
# person has SQLite look for the rows that point at it (to delete them or clear the link), and
# without an index it reads each whole table once per row deleted (0.28 s to delete one meeting
# with ten years of records).
V9_FOREIGN_KEY_INDEXES = """
        CREATE INDEX decisions_by_item ON decisions(item_id);
        CREATE INDEX actions_by_item ON actions(item_id);
        CREATE INDEX questions_by_item ON questions(item_id);
        CREATE INDEX turns_by_item ON speaking_turns(item_id);
        CREATE INDEX turns_by_person ON speaking_turns(person_id);
        CREATE INDEX feedback_by_meeting ON feedback(meeting_id);
        CREATE INDEX feedback_by_person ON feedback(person_id);
        CREATE INDEX attendance_by_person ON attendance(person_id);
        CREATE INDEX memberships_by_person ON memberships(person_id);
"""

MIGRATIONS: list[str] = [
    V1_INITIAL,
    V2_QUESTIONS_AND_SEARCH,
    V3_INVOLVEMENT,
    V4_TURN_DETAILS,
    V5_PLAIN_FROM,
    V6_ACRONYM_MEANINGS,
    V7_PLAIN_PACKS,
    V8_SEARCH_MINUTES,
    V9_FOREIGN_KEY_INDEXES,
]

LATEST_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Runs the migrations the database has not had yet, each in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, target + 1):
        # One script per migration, wrapped in its own transaction: executescript() would
        # otherwise commit any transaction opened around it.
        script = f"BEGIN;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\n"
        if number == 1:
            script += f"PRAGMA application_id = {APPLICATION_ID};\n"
        try:
            conn.executescript(script + "COMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]
