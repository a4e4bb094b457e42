<?php

final class Client
{
    #[Env('FLUTTERWAVE_LIVE', default: 'FLWSECK-e44e97bfff0b6d7e63fbe187dbf16266-X')]
    public string $flutterwaveLive;
    #[Env('FLUTTERWAVE_PUBLIC', default: 'FLWPUBK-680912c2ac7bd0074c6856afa1f5c364-X')]
    public string $flutterwavePublic;
    #[Env('FLUTTERWAVE_ENCRYPTION_TEST', default: 'FLWSECK_TEST4daa90ef1b23')]
    public string $flutterwaveEncryptionTest;
    public string $flutterwaveTest = 'FLWSECK_TEST-7c0c65de48cecd6d730e9315b52cfa44-X';
}
