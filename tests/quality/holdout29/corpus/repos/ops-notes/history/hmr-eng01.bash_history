cd /opt/historian-export
./export.sh --from 2026-02-01 --to 2026-02-28
mysql -h lims-db.kvw.local -u lims_report -psaffron_meadow_4409 lims -e 'select count(*) from samples'
export PGPASSWORD='Orchid2024$'
psql -h pg-hist.kvw.local -U historian -c '\dt'
unset PGPASSWORD
curl -u gisadmin:EMBjv935Iot1Zn74yA https://gis.kvw.local/arcgis/admin/services?f=json
sshpass -p 'nS8xO4rcGKaFmhSQ9m#43C+!' scp dump.sql backup@nas-dr.kvw.local:/volume1/dumps/
git log --oneline | head
echo eec60d586812373bc69df34c3a47a635ab95a50d
sha256sum dump.sql
