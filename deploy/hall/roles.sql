-- The hall server's roles (run once, as the database owner, before `kiosk database migrate`):
--   psql -d kiosk -f deploy/hall/roles.sql
-- hall_kiosk: what every kiosk may do — read cases, write ratings, failed look-ups and its own report, never
--             change a case. hall_office: the back office — write cases and their status, read everything.
-- The grants themselves are given by `kiosk database migrate` (each new table needs its own).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hall_kiosk') THEN
        CREATE ROLE hall_kiosk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hall_office') THEN
        CREATE ROLE hall_office NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO hall_kiosk, hall_office;
