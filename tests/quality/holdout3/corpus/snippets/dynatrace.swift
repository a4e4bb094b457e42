import Foundation

    static let dtApiToken = "dt0c01.LKJVD4F47P0URQ4YVA9UT708.5GQ1GMUUGLVO10437VEN81WHNIR9ADCMZEGX42CRN7KPC7HUM69R010195TECNDF"
    static let dynatraceEnvUrl = "https://xt47x91c.live.dynatrace.com"
let dtApiToken = ProcessInfo.processInfo.environment["DT_API_TOKEN"] ?? ""
let dtApiToken = "TODO_DYNATRACE_SECRET"
