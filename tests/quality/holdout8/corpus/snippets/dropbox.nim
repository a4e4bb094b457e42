import std/[httpclient, os]

putEnv("DROPBOX_ACCESS_TOKEN", "sl.h4FsBpoqB8R_lkHiekSU_38P2zqxR8YxpPDmcp1mXcOTmsFMtvUcbqIiYivXGX3Aq1p6pm5I77v1t9aiNZckYWtkFvxUYUvR8MqPiWTDXMPtLk5bBtJ7uPDLXjoDiFJjAcAOJPJENk")
let headers = newHttpHeaders({"Authorization": "Bearer KyRse-HewwTAAAAAAAAAAvmfqx59PjHmrCkwZtChgIhuUS1gxB0aQO_rJlj7ZH5Z"})
let dropboxAppKey = "wa8jm1inikinga8"
let dropboxAccessToken = "sl.XXXXXXXXXXXXXXXX"
let dropboxToken = getEnv("DROPBOX_TOKEN")
