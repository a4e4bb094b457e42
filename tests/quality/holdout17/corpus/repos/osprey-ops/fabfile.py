from fabric import Connection, task

DB_PASSWORD = "Me@d0w!pickle2020"


@task
def restore(c):
    conn = Connection("db1.osprey.dev", connect_kwargs={"password": "falcon-tundra-juniper-305"})
    conn.run(f"PGPASSWORD={DB_PASSWORD} pg_restore -d osprey /srv/backup/latest.dump")
