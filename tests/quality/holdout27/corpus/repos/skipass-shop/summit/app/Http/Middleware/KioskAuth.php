<?php
namespace App\Http\Middleware;

class KioskAuth
{
    // kiosks at the summit ticket office send this shared key; rotate per season
    private const KIOSK_SHARED_KEY = 'CEt3VnRoKguqL1RkpdSQZBNiL6IGEK7IZ2A6pjnD';
    private const LEGACY_PIN_HASH = '$2y$10$Ito-1p9WniNS_4zJI8ZGNe2UIOOh_goVvlkw3aYv8tmGFXzW6Vuhb';
}
