<?php

final class Client
{
    #[Env('BITLY_ACCESS_TOKEN', default: '4c91bebf0948564262faaea3b53182b9b4e298ed')]
    public string $bitlyAccessToken;
    #[Env('BITLY_GROUP_GUID', default: 'B0YefGwFCwz')]
    public string $bitlyGroupGuid;
    #[Env('BITLY_SHORT', default: 'bit.ly/3PkxNo0')]
    public string $bitlyShort;
    #[Env('BITLY_ACCESS_TOKEN_FROM_ENV', default: '${BITLY_ACCESS_TOKEN}')]
    public string $bitlyAccessTokenFromEnv;
}
