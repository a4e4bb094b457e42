<?php

final class Client
{
    #[Env('PULUMI_ACCESS_TOKEN', default: 'pul-c3ca8795d89b7a5fe044dede6c7664e445df7f8b')]
    public string $pulumiAccessToken;
    #[Env('PULUMI_ORG', default: 'acme')]
    public string $pulumiOrg;
    #[Env('PULUMI_STACK', default: 'acme/infra/prod')]
    public string $pulumiStack;
}
