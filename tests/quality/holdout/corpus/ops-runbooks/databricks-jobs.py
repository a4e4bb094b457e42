from databricks.sdk import WorkspaceClient

w = WorkspaceClient(host="https://adb-4418213977410662.2.azuredatabricks.net",
                    token="dapi22f78d9baa7e7491c8d3e10adb031cb5")
for job in w.jobs.list():
    print(job.job_id, job.settings.name)
