@{
    AllNodes = @(
        @{
            NodeName                    = 'web01'
            PSDscAllowPlainTextPassword = $true
            SqlSaPassword               = 'McT8g0Az8XySY-fZ'
            OctopusApiKey               = 'API-JIS4N7LLN3FW0MKZMGJ8ZSGXMK8'
            OctopusServerThumbprint     = 'FD528984868A3B212572499B6FDCBC66F66BEB93'
        }
    )
    NonNodeData = @{
        SmtpPassword = 'eu45CLL3HMQ_zW'
        SmtpUser     = 'alerts@acme.example'
        LicenseKey   = 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX'
    }
}
