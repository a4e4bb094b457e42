<?php
namespace App\Http\Middleware;

class KioskAuth
{
    // kiosks at the summit ticket office send this shared key; rotate per season
    private const KIOSK_SHARED_KEY = '0_dxKGEE7CEt3VnRoKguqL1RkpdSQZBNiL6IGEKr';
    private const LEGACY_PIN_HASH = '$2y$10$N2A6pjnR47wto-1p9WniNS_4zJI8ZGNe2UIOOh_goVvlkw3aYv8tq';
}
