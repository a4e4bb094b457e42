@{
    StorageAccount = 'bwlhulscans'
    StorageKey     = 'LZMSM7Nrwtod+53JioU2FBplcy3fylIFdGflAgCT7Fm0s7T0JDW0WpDxemteBNWroWeYvIOyVLdliQL5/sVxJg=='
    ContainerSas   = 'sv=2019-02-02&ss=b&srt=o&sp=r&se=2020-01-01T00:00:00Z&sig=REVOKED'
    TenantId       = 'ee534616-67b9-4301-ab1f-ad3cb07661a1'
}
