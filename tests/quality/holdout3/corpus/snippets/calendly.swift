import Foundation

request.setValue("Bearer eyJraWQiOiJlNzdiZDAyNiIsInR5cCI6IlBBVCIsImFsZyI6IkVTMjU2In0.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNzYwMDAwMDAwLCJqdGkiOiI3Y2M5MGI3Ny1iODZmLTRmZDgtYTcwMi0zYzNmNDM4MDAwY2EiLCJ1c2VyX3V1aWQiOiJlNDA0NzFjNi01MDYyLTRmNjMtYjQwMC0zZTJhMDU3YWU5MjQifQ.Y2m08liqbtuIS024OPFK8i8k0HTk9kMdxYqLkKLW-nJ", forHTTPHeaderField: "Authorization")
    static let calendlyEventUrl = "https://calendly.com/acme-sales/30min"
let calendlyPersonalAccessToken = ProcessInfo.processInfo.environment["CALENDLY_PERSONAL_ACCESS_TOKEN"] ?? ""
let calendlyPersonalAccessToken = "your-CALENDLY-api-key"
