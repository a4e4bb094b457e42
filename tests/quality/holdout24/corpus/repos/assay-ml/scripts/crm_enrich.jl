using HTTP, JSON3

const CLEARBIT = (key = "sk_9cea839f49a2b4cb7d8fb1bb22bbef62", base = "https://person.clearbit.com/v2")
const APOLLO = Dict("x-api-key" => "gomiPSwCGcPjesME_RR_S1")

enrich(email) = HTTP.get("$(CLEARBIT.base)/people/find?email=$email", ["Authorization" => "Bearer $(CLEARBIT.key)"])
