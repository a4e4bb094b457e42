<?php
use HubSpot\Factory;

final class HubspotClients
{
    public static function appSettings(): \HubSpot\Discovery\Discovery
    {
        return Factory::createWithDeveloperApiKey('na1-e98b-1ec9-23f6-4e0e-9ddc6fc955f4');
    }

    public static function crm(): \HubSpot\Discovery\Discovery
    {
        return Factory::createWithAccessToken(
            'pat-eu1-a6a12049-3a60-42c5-b584-60567519bf68'
        );
    }

    public const APP_ID = 2670225;
}
