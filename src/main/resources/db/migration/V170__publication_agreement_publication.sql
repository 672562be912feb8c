-- publication: which agreements the secretariat has published in the anonymous public view (issue 13 item 6,
-- PRODUCT.md C11). No row means unpublished; every change is also in the audit log.
create schema if not exists publication;

create table publication.agreement_publication (
    agreement_id text primary key check (length(agreement_id) between 1 and 100),
    published    boolean not null,
    changed_by   text not null check (length(changed_by) between 1 and 100),
    changed_at   timestamptz not null default now()
);
