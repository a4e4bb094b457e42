      * blockfrost credentials (fake values)
       01 BLOCKFROST-PROJECT-ID PIC X(200) VALUE 'mainnetZgGqqel3cTvqHZwDnIa3BmFr9PpegJCY'.
           MOVE 'preprodWF4peZF2dX3J5eY8jZxlgvc7w93o1shA' TO WS-AUTH-TOKEN.
       01 BLOCKFROST-PLACEHOLDER PIC X(200) VALUE 'mainnetXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'.
       01 BLOCKFROST-PROJECT-ID-EXAMPLE PIC X(200) VALUE 'mainnetxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.
