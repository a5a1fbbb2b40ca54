/* schema_mail.c - mail facts (from scanning) and what analysis derives. */
#include "store/schema.h"

const char rf_schema_mail_sql[] =
    /* A Maildir folder (the directory holding cur/ and new/) or an mbox file. */
    "CREATE TABLE folder ("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  name TEXT NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind IN ('maildir','mbox','files')),"
    "  is_sent INTEGER NOT NULL DEFAULT 0,"
    "  cur_mtime_ns INTEGER,"
    "  new_mtime_ns INTEGER,"
    "  mbox_size INTEGER,"
    "  mbox_mtime_ns INTEGER"
    ") STRICT;"
    /* A file in a Maildir (key: the unique part of its name, before ':2,')
     * or a message in an mbox (key: its Message-ID). */
    "CREATE TABLE file ("
    "  id INTEGER PRIMARY KEY,"
    "  folder_id INTEGER NOT NULL REFERENCES folder(id),"
    "  key TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  message_id INTEGER REFERENCES message(id),"
    "  skip_reason TEXT,"
    "  gone_run INTEGER,"
    "  UNIQUE (folder_id, key)"
    ") STRICT;"
    "CREATE INDEX file_message ON file(message_id);"
    /* Input files outside Maildirs (mbox files, invoices, statements, single
     * messages), remembered by size and mtime so unchanged ones are not read
     * again. */
    "CREATE TABLE input_file ("
    "  path TEXT PRIMARY KEY,"
    "  size INTEGER NOT NULL,"
    "  mtime_ns INTEGER NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  skip_reason TEXT,"
    "  run_id INTEGER NOT NULL"
    ") STRICT;"
    /* One row per distinct Message-ID, however many copies exist. */
    "CREATE TABLE message ("
    "  id INTEGER PRIMARY KEY,"
    "  msgid TEXT NOT NULL UNIQUE,"
    "  synthetic_id INTEGER NOT NULL DEFAULT 0,"
    "  date_utc INTEGER,"
    "  tz_offset_min INTEGER,"
    "  date_source TEXT NOT NULL CHECK (date_source IN ('header','received','none')),"
    "  from_addr TEXT,"
    "  from_name TEXT,"
    "  subject TEXT,"
    "  norm_subject TEXT,"
    "  in_reply_to TEXT,"
    "  auto_reason TEXT,"
    "  body_chars INTEGER NOT NULL DEFAULT 0,"
    "  html_only INTEGER NOT NULL DEFAULT 0,"
    "  lang TEXT,"
    "  shout_ratio REAL,"
    "  exclaim_bursts INTEGER NOT NULL DEFAULT 0,"
    "  size_bytes INTEGER NOT NULL DEFAULT 0,"
    "  warnings TEXT,"
    "  first_run INTEGER NOT NULL,"
    "  gone INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX message_date ON message(date_utc);"
    "CREATE INDEX message_subject ON message(norm_subject, date_utc);"
    "CREATE TABLE message_rcpt ("
    "  message_id INTEGER NOT NULL REFERENCES message(id),"
    "  kind TEXT NOT NULL CHECK (kind IN ('to','cc')),"
    "  pos INTEGER NOT NULL,"
    "  addr TEXT NOT NULL,"
    "  PRIMARY KEY (message_id, kind, pos)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE message_ref ("
    "  message_id INTEGER NOT NULL REFERENCES message(id),"
    "  pos INTEGER NOT NULL,"
    "  ref_msgid TEXT NOT NULL,"
    "  PRIMARY KEY (message_id, pos)"
    ") STRICT, WITHOUT ROWID;"
    /* ---- Derived by analysis; rebuilt whenever mail or configuration changed. */
    "CREATE TABLE client ("
    "  id INTEGER PRIMARY KEY,"
    "  key TEXT NOT NULL UNIQUE,"
    "  name TEXT NOT NULL,"
    "  source TEXT NOT NULL CHECK (source IN ('config','domain','address')),"
    "  timezone TEXT NOT NULL DEFAULT 'UTC',"
    "  response_seconds INTEGER,"
    "  contract_end TEXT,"
    "  lang TEXT,"
    "  active INTEGER NOT NULL DEFAULT 1"
    ") STRICT;"
    "CREATE TABLE message_attr ("
    "  message_id INTEGER PRIMARY KEY REFERENCES message(id),"
    "  direction TEXT NOT NULL CHECK (direction IN ('in','out','internal','none')),"
    "  client_id INTEGER REFERENCES client(id),"
    "  note TEXT,"
    "  conversation INTEGER NOT NULL,"
    "  after_hours INTEGER NOT NULL DEFAULT 0,"
    "  month TEXT,"
    "  local_day TEXT,"
    "  thread_id INTEGER,"
    "  parent_id INTEGER,"
    "  pair_method TEXT,"
    "  answer TEXT CHECK (answer IN ('answered','unanswered','pending'))"
    ") STRICT;"
    "CREATE INDEX message_attr_client ON message_attr(client_id);"
    "CREATE TABLE reply ("
    "  reply_id INTEGER PRIMARY KEY REFERENCES message(id),"
    "  parent_id INTEGER NOT NULL REFERENCES message(id),"
    "  clock_start_id INTEGER NOT NULL REFERENCES message(id),"
    "  client_id INTEGER NOT NULL REFERENCES client(id),"
    "  direction TEXT NOT NULL CHECK (direction IN ('client_to_us','us_to_client')),"
    "  latency_seconds INTEGER NOT NULL,"
    "  business_latency_seconds INTEGER NOT NULL,"
    "  method TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX reply_client ON reply(client_id);"
    "CREATE TABLE client_month ("
    "  client_id INTEGER NOT NULL REFERENCES client(id),"
    "  month TEXT NOT NULL,"
    "  inbound INTEGER NOT NULL,"
    "  outbound INTEGER NOT NULL,"
    "  our_latency_median INTEGER,"
    "  our_latency_p90 INTEGER,"
    "  our_replies INTEGER NOT NULL,"
    "  our_business_median INTEGER,"
    "  client_latency_median INTEGER,"
    "  client_latency_p90 INTEGER,"
    "  client_replies INTEGER NOT NULL,"
    "  client_business_median INTEGER,"
    "  unanswered_by_us INTEGER NOT NULL,"
    "  unanswered_by_client INTEGER NOT NULL,"
    "  after_hours_inbound INTEGER NOT NULL,"
    "  after_hours_outbound INTEGER NOT NULL,"
    "  max_inbound_per_day INTEGER NOT NULL,"
    "  PRIMARY KEY (client_id, month)"
    ") STRICT;";

/* Second step: how many files each folder has (not gone), kept exact by
 * triggers, so a re-run counts an unchanged folder without reading its
 * file rows, and a sweep reads them only when some went missing. */
const char rf_schema_mail_2_sql[] =
    "ALTER TABLE folder ADD COLUMN present_files INTEGER NOT NULL DEFAULT 0;"
    "UPDATE folder SET present_files ="
    "  (SELECT count(*) FROM file WHERE file.folder_id = folder.id AND file.gone_run IS NULL);"
    "CREATE TRIGGER file_present_insert AFTER INSERT ON file WHEN NEW.gone_run IS NULL BEGIN"
    "  UPDATE folder SET present_files = present_files + 1 WHERE id = NEW.folder_id; END;"
    "CREATE TRIGGER file_present_delete AFTER DELETE ON file WHEN OLD.gone_run IS NULL BEGIN"
    "  UPDATE folder SET present_files = present_files - 1 WHERE id = OLD.folder_id; END;"
    "CREATE TRIGGER file_present_update AFTER UPDATE OF gone_run, folder_id ON file"
    "  WHEN (OLD.gone_run IS NULL) != (NEW.gone_run IS NULL) OR OLD.folder_id != NEW.folder_id BEGIN"
    "  UPDATE folder SET present_files = present_files - 1"
    "    WHERE id = OLD.folder_id AND OLD.gone_run IS NULL;"
    "  UPDATE folder SET present_files = present_files + 1"
    "    WHERE id = NEW.folder_id AND NEW.gone_run IS NULL; END;";

/* Third step: the language most of a client's messages are written in
 * (en, fr or es), worked out by the analysis for the findings and the
 * audit letter when the configuration names none. */
const char rf_schema_mail_3_sql[] = "ALTER TABLE client ADD COLUMN mail_lang TEXT;";

/* Who we exchanged mail with, configured as a client or not, so that mail
 * outside every [client:...] group is shown ('redflag clients', the end of
 * the report) rather than silently left out. Derived by every analysis. */
const char rf_schema_mail_4_sql[] =
    /* A counterpart address in mail that is not automatic: the sender of
     * mail not from us, or a recipient of ours. */
    "CREATE TABLE counterpart ("
    "  addr TEXT PRIMARY KEY,"
    "  party TEXT NOT NULL,"
    "  client_id INTEGER REFERENCES client(id),"
    "  inbound INTEGER NOT NULL,"
    "  outbound INTEGER NOT NULL,"
    "  last_utc INTEGER"
    ") STRICT;"
    "CREATE INDEX counterpart_client ON counterpart(client_id);"
    /* A party (a domain, or an address of a freemail domain) with an
     * address in no client: its messages, each counted once. */
    "CREATE TABLE counterpart_party ("
    "  party TEXT PRIMARY KEY,"
    "  inbound INTEGER NOT NULL,"
    "  outbound INTEGER NOT NULL,"
    "  addresses INTEGER NOT NULL,"
    "  last_utc INTEGER"
    ") STRICT;";

/* Fifth mail step: a verdict on a file (empty, not mail, too large) is kept
 * with the identity of the content it was made on (file.skip_ident,
 * "size:mtime_ns:inode"), so a file changed, touched or renamed since is
 * judged again; loose files are known by inode too. Files judged before
 * (no identity) are judged again once, and loose files skipped in the run
 * that recorded them are read again: a failure to read was then taken for
 * a verdict. */
const char rf_schema_mail_5_sql[] =
    "ALTER TABLE file ADD COLUMN skip_ident TEXT;"
    "ALTER TABLE input_file ADD COLUMN ino INTEGER;"
    "CREATE INDEX file_skipped ON file(folder_id) WHERE message_id IS NULL;"
    "DELETE FROM input_file WHERE path IN"
    "  (SELECT path FROM skipped WHERE skipped.run_id = input_file.run_id);";

/* How far an answer is dated before the message its clock started from
 * (clock skew between servers; doc/mail-rules.md). */
const char rf_schema_mail_6_sql[] = "ALTER TABLE reply ADD COLUMN skew_seconds INTEGER NOT NULL DEFAULT 0;";

/* Seventh mail step: what an analysis of a few new messages looks up
 * (pipeline/analyze.c, mail/mail_scope.c): the messages whose headers name
 * a new one, the other messages of a thread, a message's replies, a
 * client's messages of one month to count it again; and each client's
 * inbound messages per language, to which it adds the new ones. The two
 * indexes on the facts are rebuilt around a first scan as the others
 * (rf_schema_mail_bulk_indexes_sql). */
const char rf_schema_mail_7_sql[] =
    "CREATE INDEX message_reply_to ON message(in_reply_to) WHERE in_reply_to IS NOT NULL;"
    "CREATE INDEX message_ref_msgid ON message_ref(ref_msgid);"
    "CREATE INDEX message_attr_thread ON message_attr(thread_id);"
    "CREATE INDEX message_attr_parent ON message_attr(parent_id);"
    "CREATE INDEX message_attr_client_month ON message_attr(client_id, month);"
    "CREATE TABLE client_lang ("
    "  client_id INTEGER NOT NULL REFERENCES client(id),"
    "  lang TEXT NOT NULL,"
    "  messages INTEGER NOT NULL,"
    "  PRIMARY KEY (client_id, lang)"
    ") STRICT, WITHOUT ROWID;";

/* Eighth mail step: each message's date next to its Message-ID, so that
 * pairing a reply with the message it names (mail/mail_threads.c) reads
 * the index alone instead of the parent's row, at random (half the time
 * of the headers step at 300,000 messages). Rebuilt around a first scan
 * as the others. */
const char rf_schema_mail_8_sql[] = "CREATE INDEX message_msgid_date ON message(msgid, date_utc);";

/* The message indexes the first scan of a database drops while it loads
 * (kept up to date row by row they cost more than building them once; see
 * rf_mail_bulk_begin). The same definitions as in the steps that made
 * them (the first mail step, the seventh, the eighth). */
const char rf_schema_mail_bulk_indexes_sql[] =
    "CREATE INDEX IF NOT EXISTS message_date ON message(date_utc);"
    "CREATE INDEX IF NOT EXISTS message_subject ON message(norm_subject, date_utc);"
    "CREATE INDEX IF NOT EXISTS message_reply_to ON message(in_reply_to) WHERE in_reply_to IS NOT NULL;"
    "CREATE INDEX IF NOT EXISTS message_ref_msgid ON message_ref(ref_msgid);"
    "CREATE INDEX IF NOT EXISTS message_msgid_date ON message(msgid, date_utc);";
