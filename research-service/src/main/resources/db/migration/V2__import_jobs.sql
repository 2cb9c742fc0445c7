-- Natural key of a result within its institution, for compilation uploads: its first patent number, else its
-- normalised title (NaturalKey.normaliseTitle: full-width ASCII, the ideographic space and no-break space to
-- half-width, Latin letters lower-cased, blanks collapsed and trimmed). The backfill is the same function in SQL.
alter table result add column title_key varchar(200);
update result set title_key = btrim(regexp_replace(
        translate(title,
                  '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　'
                      || chr(160) || 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                  '!"#$%&''()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '
                      || ' ' || 'abcdefghijklmnopqrstuvwxyz'),
        '[ \t\n\r\f\v]+', ' ', 'g'), ' ');
alter table result alter column title_key set not null;
create index result_title_key_idx on result (institution_id, title_key);
create index result_first_patent_idx on result (institution_id, (patents[1]));

-- One upload of a result compilation. Counters move row by row in the row's own transaction, so what a reader
-- sees is exactly what has been committed, whichever instance runs the job.
create table import_job (
    id              uuid            primary key,
    institution_id  uuid            not null references institution (id),
    file_name       varchar(255)    not null,
    format          varchar(8)      not null,
    encoding        varchar(16),
    publish         boolean         not null,
    status          varchar(16)     not null,
    rows_total      integer         not null,
    rows_done       integer         not null default 0,
    created         integer         not null default 0,
    updated         integer         not null default 0,
    unchanged       integer         not null default 0,
    rejected        integer         not null default 0,
    warnings        varchar(500)[]  not null default '{}',
    failure         varchar(500),
    created_at      timestamptz     not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    updated_at      timestamptz     not null
);
create index import_job_institution_idx on import_job (institution_id, created_at);

-- The problems of rejected rows: row numbers as the user sees them (Excel's, the header being row 1 when it is
-- the first row).
create table import_row_error (
    id              bigserial       primary key,
    job_id          uuid            not null references import_job (id) on delete cascade,
    row_number      integer         not null,
    column_name     varchar(200)    not null,
    value           text,
    reason          varchar(1000)   not null
);
create index import_row_error_job_idx on import_row_error (job_id, id);
