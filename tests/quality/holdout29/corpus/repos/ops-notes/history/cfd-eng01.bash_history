cd /opt/historian-export
./export.sh --from 2026-02-01 --to 2026-02-28
mysql -h lims-db.kvw.local -u lims_report -pTkHqWPBe0hUEQ66Fuy lims -e 'select count(*) from samples'
export PGPASSWORD='kctjI+g#aEjRxe#kJa(r.4lU'
psql -h pg-hist.kvw.local -U historian -c '\dt'
unset PGPASSWORD
curl -u gisadmin:filter-granite-aquifer-aquifer https://gis.kvw.local/arcgis/admin/services?f=json
sshpass -p 'SaffronWeirGranite79' scp dump.sql backup@nas-dr.kvw.local:/volume1/dumps/
git log --oneline | head
echo 9e0147ad90d79ae39d03fd792015a0769db0b8ab
sha256sum dump.sql
