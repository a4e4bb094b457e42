@{
    StorageAccount = 'bwldbyscans'
    StorageKey     = 'HPL1oOLXfISWZQZrOXTJmPapXkuTw/z+Ox7mW75UawYoP0IajuKrfZvUxTJuF3hykxshKsbd4gTZdfLxv/zNmg=='
    ContainerSas   = 'sv=2019-02-02&ss=b&srt=o&sp=r&se=2020-01-01T00:00:00Z&sig=REVOKED'
    TenantId       = '9cfe644a-6218-4703-9fab-c23a239c1cb3'
}
