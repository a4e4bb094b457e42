      * blockfrost credentials (fake values)
       01 BLOCKFROST-PROJECT-ID PIC X(200) VALUE 'mainnethol17PY8j1hZgGqqel3cTvqHZwDnIa3B'.
           MOVE 'preprodmFr9PpegJCYWF4peZF2dX3J5eY8jZxlg' TO WS-AUTH-TOKEN.
       01 BLOCKFROST-PLACEHOLDER PIC X(200) VALUE 'mainnetXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'.
       01 BLOCKFROST-PROJECT-ID-EXAMPLE PIC X(200) VALUE 'mainnetxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.
