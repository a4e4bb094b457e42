      * openshift credentials (fake values)
       01 OPENSHIFT-TOKEN PIC X(200) VALUE 'sha256~6tHP0sKe5NgcnYatGbN0QjJvBfVKQ406Rl9n27AdIfX'.
           MOVE 'sha256~r26gl01RU3k07Xyj5OpkLNbF-BytZdWITTVod29nIKz' TO WS-AUTH-TOKEN.
       01 OPENSHIFT-IMAGE-DIGEST PIC X(200) VALUE 'sha256:2bd25620a5a55e715fa7c7e8df520c583a78294a4bee2e172ded83611158d436'.
       01 OPENSHIFT-TOKEN-EXAMPLE PIC X(200) VALUE 'sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.
