import Foundation

    static let salesforceAccessToken = "00Dv4TSRqXc7TQo!.ODORRSr345YpQmSlzDumixbhKwJ6Gq0yvWwsxsKbWmo.AqpYDvu0C.PE2SDAplRdzAwzR3LSTO80E7H9oAaavsCmuc1RPOG"
request.setValue("Bearer 7698B8195B8A247046436FBE062EAF4C07483C541F5A15B23AA3739ADB23777A", forHTTPHeaderField: "Authorization")
    static let salesforceConsumerKey = "3MVG9B1mvuMJBuFz.6x53dhGkh7x1o3S9jGlp.pOGi.WQ.Ex0vcVnCndimDB_96UYsSU4Wyo3hsQtOcKMtf1L"
let salesforceOrgId = "00DowGln5h0wbiBgWX"
let salesforceAccessToken = ProcessInfo.processInfo.environment["SALESFORCE_ACCESS_TOKEN"] ?? ""
