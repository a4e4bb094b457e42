package require http

set env(ATLASSIAN_API_TOKEN) {ATATT3xFfGF0OM-t5SHLxZMdpcC0BsrmwH65wFWN01dua6nrT5p3JmejKx0Ph1Qfar8q5qH8XIOOLRcBuYMxlNMfv8Hr42tz0OMfJz1u7kAlboqIAe1t_SM0AdZ31Mc0DV6Hk4pf7xOBQqqUGukcP7jeSft_xqWuTqSUfRiA9-QusX_CZaPTtop2nB=154C593A}
set cfg [dict create jira_api_token a7S26T1IcYF6isKYaQ8hDMl9 region eu]
set atlassian_cloud_id {44fad8d6-4fc1-4e1b-bb10-b8be6a26eac2}
set jira_user_email {ci-bot@acme.example}
set atlassian_token $env(ATLASSIAN_TOKEN)
