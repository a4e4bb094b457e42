from fabric import Connection, task

DB_PASSWORD = "Thistle.meadow2018"


@task
def restore(c):
    conn = Connection("db1.tamarin.dev", connect_kwargs={"password": "eLybhP?zwvaNui"})
    conn.run(f"PGPASSWORD={DB_PASSWORD} pg_restore -d tamarin /srv/backup/latest.dump")
