@{
    StorageAccount = 'bwlldsscans'
    StorageKey     = 'spQdV0nzeMQcOri6uFTqkYlmbwq7zcDf12F0zejactKqlUfOn86+6g9APYLNGScf4Qow0nUAr/dDcTovNKv4aw=='
    ContainerSas   = 'sv=2019-02-02&ss=b&srt=o&sp=r&se=2020-01-01T00:00:00Z&sig=REVOKED'
    TenantId       = 'ab083d93-6ad4-4ae4-b6c5-6be2eae8aeba'
}
