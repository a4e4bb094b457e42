library(httr)

resp <- GET(url, add_headers(Authorization = paste("Bearer", "eyJ0eXAiOiAiVENWMiJ9.Miw9goeyjDcTkID2OzjXGgv1Vp0F7KqAxmff.22Fpkd0Wf5ckPGKVo1p7kSr2TguW1L6d-tpXZXM5U2nTH0T0")))
Sys.setenv(TEAMCITY_BUILD_TYPE_ID = "Backend_BuildAndTest")
Sys.setenv(TEAMCITY_AGENT_POOL = "linux-large")
Sys.setenv(TEAMCITY_TOKEN_MASKED = "eyJ0************H0T0")
Sys.setenv(TEAMCITY_TOKEN_EXAMPLE = "not-set")
k <- Sys.getenv("TEAMCITY_TOKEN")
