docker run -d --name mssql -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD='Sounders_10_basalt' mcr.microsoft.com/mssql/server:2022-latest
mysqladmin -u root password 'jasper.walrus.nectar1'
vault login hvs.upG33kpnjOnQHr12xTfJcj5l
pip config set global.index-url https://svetla:PN2N1Vt1gcjzjC03JMeDdQfm@pypi.tallowmere.example/simple
echo 'read -s PGPASSWORD' >> notes.txt
