<?php
use HubSpot\Factory;

final class HubspotClients
{
    public static function appSettings(): \HubSpot\Discovery\Discovery
    {
        return Factory::createWithDeveloperApiKey('na1-d4a2-d89d-538b-772a-6d550be14fdf');
    }

    public static function crm(): \HubSpot\Discovery\Discovery
    {
        return Factory::createWithAccessToken(
            'pat-eu1-3f5f5ae1-178c-4f76-b913-f6c510aeba00'
        );
    }

    public const APP_ID = 2056403;
}
