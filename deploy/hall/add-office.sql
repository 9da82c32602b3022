-- A login role for the back office (`kiosk cases import`, `set-status`, `unlock` and `fleet status` there):
--   psql -d kiosk -v name=office -v password="$(cat office.password)" -f deploy/hall/add-office.sql
CREATE ROLE :"name" LOGIN PASSWORD :'password' IN ROLE hall_office;
