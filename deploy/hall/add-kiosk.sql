-- One login role per kiosk, member of hall_kiosk (so one kiosk's password can be withdrawn alone):
--   psql -d kiosk -v name=kiosk_hall_01 -v password="$(cat kiosk_hall_01.password)" -f deploy/hall/add-kiosk.sql
-- The kiosk's kiosk.conf then has url = "postgresql://kiosk_hall_01@SERVER:5432/kiosk?sslmode=require" and
-- password_file naming a file with that password.
CREATE ROLE :"name" LOGIN PASSWORD :'password' IN ROLE hall_kiosk;
