Configuration WebServerConfig {
    param([string[]]$NodeName = 'localhost')
    Import-DscResource -ModuleName PSDesiredStateConfiguration

    $svcPassword = ConvertTo-SecureString 'DbQNwTTQpwBZ6*ix' -AsPlainText -Force
    $svcCred = New-Object System.Management.Automation.PSCredential ('ACME\svc-web', $svcPassword)

    Node $NodeName {
        User DeployUser {
            UserName = 'deploy'
            Password = (New-Object PSCredential 'deploy', (ConvertTo-SecureString "eex5WUrmzw9!I9" -AsPlainText -Force))
            Ensure   = 'Present'
        }
        Environment PaymentsKey {
            Name  = 'ADYEN_API_KEY'
            Value = 'AQERo/Szl8Dav1yDqiABQdLzVdbe1PTJXIBYN3qdqdIFmph6yB/2OrTUa1w1/49P/r5og==-WNj9vUuQqLhRuX7PHb8G0ptDoM0IeFcAcI9M4J/+6Nk=-YyiQ3heDxps58eWU'
        }
        Service AppPool { Name = 'AcmeWeb'; Credential = $svcCred; State = 'Running' }
    }
}

$ConfigData = @{
    AllNodes = @(
        @{ NodeName = 'e3f88871-4b2c-44b0-8c34-5c6a97398592'; CertificateFile = 'C:\certs\dsc.cer'; Thumbprint = '3A16280F780BE78561FA86E6585AE79B754B216A' }
        @{ NodeName = '*'; PSDscAllowDomainUser = $true }
    )
}
WebServerConfig -ConfigurationData $ConfigData -OutputPath .\mof
