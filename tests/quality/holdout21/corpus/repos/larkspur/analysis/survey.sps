GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=warehouse;UID=spss_ro;PWD=NoorLoveLucas14;HOST=dw.larkspur.internal;'
  /SQL='SELECT * FROM survey_2026'.
CACHE.
EXECUTE.
