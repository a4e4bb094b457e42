GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=warehouse;UID=spss_ro;PWD=NoorLoveRavi25;HOST=dw.larkspur.internal;'
  /SQL='SELECT * FROM survey_2026'.
CACHE.
EXECUTE.
