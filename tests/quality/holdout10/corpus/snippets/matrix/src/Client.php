<?php

final class Client
{
    #[Env('MATRIX_ACCESS_TOKEN', default: 'syt_GqHbk_i6eT16_deS8yS4e0jwWdeAzysfB_wIDuDI')]
    public string $matrixAccessToken;
    #[Env('MATRIX_USER', default: '@bot:matrix.acme.example')]
    public string $matrixUser;
    #[Env('MATRIX_ROOM', default: '!kQvmUuMXWb1HHP9OdZ:matrix.acme.example')]
    public string $matrixRoom;
    #[Env('MATRIX_ACCESS_TOKEN_FROM_ENV', default: '${MATRIX_ACCESS_TOKEN}')]
    public string $matrixAccessTokenFromEnv;
}
