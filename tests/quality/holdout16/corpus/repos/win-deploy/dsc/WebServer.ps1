Configuration WebServer {
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    $svcPassword = ConvertTo-SecureString 'Meadow!sierra858' -AsPlainText -Force
    $svcCred = New-Object System.Management.Automation.PSCredential('RB\svc-web', $svcPassword)
    Node 'web01' {
        WindowsFeature IIS { Ensure = 'Present'; Name = 'Web-Server' }
        Service AppPool {
            Name        = 'RiverbendApp'
            Credential  = $svcCred
            StartupType = 'Automatic'
        }
    }
}
