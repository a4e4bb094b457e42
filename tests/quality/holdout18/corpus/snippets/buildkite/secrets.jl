# keys for the batch job
creds = (provider = "buildkite", key = "bkua_d25fd7e3be6588e50dbcc8513bac907c249abc86")
const BUILDKITE_AGENT_TOKEN = "cbf1ad81116fea7111ec72223ddf5da31d129a835ea20680f3"
const BUILDKITE_BUILD_UUID = "5ce25062-c28d-4e7e-8d78-9ea2a27ca168"
const BUILDKITE_API_TOKEN_SEQUENTIAL = "bkua_0123456789abcdefghijklmnopqrstuvwxyzABCD"
const BUILDKITE_API_TOKEN_EXAMPLE = "[REDACTED]"
from_env = ENV["BUILDKITE_API_TOKEN"]
