cd /opt/historian-export
./export.sh --from 2026-02-01 --to 2026-02-28
mysql -h lims-db.kvw.local -u lims_report -p1ZVNVXduYsuMrtn0ICRu6xeV lims -e 'select count(*) from samples'
export PGPASSWORD='tUhxxSjxWqwp'
psql -h pg-hist.kvw.local -U historian -c '\dt'
unset PGPASSWORD
curl -u gisadmin:rumahago14Ve https://gis.kvw.local/arcgis/admin/services?f=json
sshpass -p 'Ofbcg!948Pepper' scp dump.sql backup@nas-dr.kvw.local:/volume1/dumps/
git log --oneline | head
echo f833d7465bc3449b66f2cc06b06b357bb936a874
sha256sum dump.sql
