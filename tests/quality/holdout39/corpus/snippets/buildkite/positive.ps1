# buildkite
$headers = @{ Authorization = "Bearer bkua_5025c91ed57b9ce6fdbac3276a9705c6dc981dfc" }
