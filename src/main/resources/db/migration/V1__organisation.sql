create schema if not exists organisation;

create table organisation.organisation (
    code        text primary key,
    name        text not null,
    kind        text not null check (kind in ('MUNICIPALITY', 'ADMINISTRATION', 'HOUSING_DISTRICT', 'HOUSING_ORGANISATION')),
    parent_code text references organisation.organisation (code),
    aliases     text[] not null default '{}'
);

insert into organisation.organisation (code, name, kind, parent_code, aliases) values
    ('KK',  'Københavns Kommune', 'MUNICIPALITY', null, '{"Københavns Kommune"}'),
    ('ØKF', 'Økonomiforvaltningen', 'ADMINISTRATION', 'KK', '{"OEKF","ØKF"}'),
    ('KFF', 'Kultur- og Fritidsforvaltningen', 'ADMINISTRATION', 'KK', '{}'),
    ('BUF', 'Børne- og Ungdomsforvaltningen', 'ADMINISTRATION', 'KK', '{}'),
    ('SUF', 'Sundheds- og Omsorgsforvaltningen', 'ADMINISTRATION', 'KK', '{}'),
    ('SOF', 'Socialforvaltningen', 'ADMINISTRATION', 'KK', '{}'),
    ('BIF', 'Beskæftigelses- og Integrationsforvaltningen', 'ADMINISTRATION', 'KK', '{}'),
    ('TMF', 'Teknik- og Miljøforvaltningen', 'ADMINISTRATION', 'KK', '{}'),
    ('BL1', 'BL’s 1. kreds', 'HOUSING_DISTRICT', null, '{"BL''s 1. kreds","BL 1. kreds","BL1"}'),
    ('KAB', 'KAB', 'HOUSING_ORGANISATION', null, '{}'),
    ('AAB', 'AAB', 'HOUSING_ORGANISATION', null, '{"Arbejdernes Andelsboligforening"}'),
    ('FSB', 'fsb', 'HOUSING_ORGANISATION', null, '{"fsb"}'),
    ('3B',  '3B', 'HOUSING_ORGANISATION', null, '{"Boligforeningen 3B"}'),
    ('LEJERBO', 'Lejerbo', 'HOUSING_ORGANISATION', null, '{}'),
    ('VIBO', 'VIBO', 'HOUSING_ORGANISATION', null, '{"Vibo"}'),
    ('AKB', 'AKB København', 'HOUSING_ORGANISATION', null, '{"AKB, København"}');
