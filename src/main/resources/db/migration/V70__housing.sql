-- The housing spine (docs/domain.md "Housing organisations and departments"): housing organisations and their
-- departments, keyed as Landsbyggefonden keys them (organisation no. + department no.). Rents, heat, energy labels
-- and operating costs join on this key; a department named in another dataset is created here when missing.
create schema if not exists housing;

create table housing.organisation (
    organisation_no int primary key check (organisation_no between 1 and 99999),
    name            text check (length(name) <= 200),
    -- The code of the organisation in the organisation module (KAB, FSB …) whose EDITOR accounts see its departments.
    account_code    text check (length(account_code) <= 40)
);

create table housing.department (
    organisation_no int  not null references housing.organisation,
    department_no   int  not null check (department_no between 0 and 99999),
    name            text check (length(name) <= 200),
    postal_code     int  check (postal_code between 1000 and 9999),
    year_built      int  check (year_built between 1600 and 2100),
    dwellings       int  check (dwellings between 0 and 100000),
    heated_area_m2  numeric(12, 1) check (heated_area_m2 >= 0),
    -- Whether the department came from the departments dataset, or was created from another dataset's key.
    registered      boolean not null default false,
    primary key (organisation_no, department_no)
);

-- Price index per year (any base): a threshold in year-Y prices is scaled by index(measured) / index(Y).
create table housing.price_index (
    year  int primary key check (year between 1900 and 2100),
    index numeric(12, 4) not null check (index > 0)
);
