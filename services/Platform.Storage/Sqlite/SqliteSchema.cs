namespace Platform.Storage.Sqlite;

/// <summary>
/// Tables and indexes of the embedded store. Documents are packed JSON (<see cref="SqlitePacking"/>); queried fields are
/// extracted columns. <see cref="Upgrade"/> brings files created by earlier versions up to date.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The articles table's columns, here and in <see cref="SqliteArticleSequenceUpgrade"/>'s rebuild.</summary>
    public const string ArticleColumns = """
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        bulletin_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        region_code TEXT,
        date TEXT,
        fp0 INTEGER, fp1 INTEGER, fp2 INTEGER, fp3 INTEGER,
        doc TEXT NOT NULL
        """;

    /// <summary>The topic table's columns and key (a WITHOUT ROWID table), here and in the rebuild.</summary>
    public const string ArticleTopicColumns = "topic TEXT NOT NULL, article_seq INTEGER NOT NULL, PRIMARY KEY (topic, article_seq)";

    public const string Create = $"""
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS raw_bulletins (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            source_id TEXT NOT NULL,
            bytes BLOB NOT NULL,
            text TEXT NOT NULL,
            encoding TEXT NOT NULL,
            content_type TEXT,
            source_url TEXT,
            published_at TEXT,
            received_at TEXT NOT NULL,
            announced INTEGER NOT NULL DEFAULT 0,
            packing INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS ix_raw_unannounced ON raw_bulletins(announced, received_at);
        CREATE INDEX IF NOT EXISTS ix_raw_received ON raw_bulletins(received_at);
        CREATE TABLE IF NOT EXISTS bulletins (
            id TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            doc TEXT NOT NULL);
        -- seq is the article's place in arrival order, declared so that VACUUM keeps it: the topic rows are keyed by it.
        CREATE TABLE IF NOT EXISTS articles ({ArticleColumns});
        CREATE INDEX IF NOT EXISTS ix_articles_bulletin ON articles(bulletin_id, id);
        -- Region, date and fingerprint are empty until the article is enriched, and every query on them compares a value.
        -- Indexing only the filled ones spares each article an entry at parse that enrich deletes again: about one page
        -- of the write-ahead log per index and article.
        CREATE INDEX IF NOT EXISTS ix_articles_region_given ON articles(region_code, id) WHERE region_code IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_articles_date_given ON articles(date, id) WHERE date IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_articles_status ON articles(status, region_code);
        CREATE INDEX IF NOT EXISTS ix_articles_fp0_given ON articles(fp0) WHERE fp0 IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_articles_fp1_given ON articles(fp1) WHERE fp1 IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_articles_fp2_given ON articles(fp2) WHERE fp2 IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_articles_fp3_given ON articles(fp3) WHERE fp3 IS NOT NULL;
        -- Keyed by the article's seq, not its id: ids are hashes, so each new row landed on a page of its own in its topic's
        -- run and in the index below, while seqs only grow and the rows of one commit share the last page of each run.
        -- No foreign key: articles are never deleted, and their topics are replaced with them (SqliteArticleStore).
        CREATE TABLE IF NOT EXISTS article_topics ({ArticleTopicColumns}) WITHOUT ROWID;
        -- Every article write replaces the article's topics: without this, each one scanned the whole table.
        CREATE INDEX IF NOT EXISTS ix_article_topics_article ON article_topics(article_seq);
        CREATE TABLE IF NOT EXISTS events (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            dedup_key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            subject TEXT NOT NULL,
            routing_key TEXT NOT NULL,
            time TEXT NOT NULL,
            data TEXT NOT NULL,
            dispatched INTEGER NOT NULL DEFAULT 0,
            article_version INTEGER);
        CREATE INDEX IF NOT EXISTS ix_events_undispatched ON events(dispatched, sequence);
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY,
            key_hash TEXT NOT NULL UNIQUE,
            key_prefix TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT);
        CREATE TABLE IF NOT EXISTS failures (
            stage TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_failures_subject ON failures(subject_id);
        CREATE TABLE IF NOT EXISTS subscriptions (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            pattern TEXT NOT NULL,
            secret TEXT NOT NULL,
            description TEXT,
            created_at TEXT NOT NULL,
            cursor INTEGER NOT NULL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            disabled_at TEXT,
            disabled_reason TEXT);
        CREATE TABLE IF NOT EXISTS webhook_deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            subscription_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            attempt INTEGER NOT NULL,
            status_code INTEGER,
            error TEXT,
            duration_ms REAL NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_webhook_deliveries_subscription ON webhook_deliveries(subscription_id, id);
        """;

    /// <summary>Columns added since the first schema, as (table, column, declaration).</summary>
    public static readonly (string Table, string Column, string Declaration)[] AddedColumns =
    [
        ("raw_bulletins", "packing", "INTEGER NOT NULL DEFAULT 0"),
        ("events", "article_version", "INTEGER"),
        ("bulletins", "status", "TEXT"),
        ("events", "data_ref", "TEXT"),
        // The top-level properties of the referenced article version that the event leaves out (DocumentProjection); NULL = whole.
        ("events", "article_view", "TEXT"),
        ("raw_bulletins", "extraction", "TEXT"),
    ];

    /// <summary>Created after the added columns exist; the indexes that the partial ones replaced are dropped.</summary>
    public const string Upgrade = """
        CREATE INDEX IF NOT EXISTS ix_events_article_ref ON events(subject) WHERE article_version IS NOT NULL;
        DROP INDEX IF EXISTS ix_articles_region;
        DROP INDEX IF EXISTS ix_articles_date;
        DROP INDEX IF EXISTS ix_articles_fp0;
        DROP INDEX IF EXISTS ix_articles_fp1;
        DROP INDEX IF EXISTS ix_articles_fp2;
        DROP INDEX IF EXISTS ix_articles_fp3;
        """;
}
