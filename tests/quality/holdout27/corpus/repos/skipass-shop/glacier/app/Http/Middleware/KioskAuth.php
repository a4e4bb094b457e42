<?php
namespace App\Http\Middleware;

class KioskAuth
{
    // kiosks at the glacier ticket office send this shared key; rotate per season
    private const KIOSK_SHARED_KEY = 'eiOTbBq9-n7r-gpAipFu_6ajIrTslR2Nmk4fNpRU';
    private const LEGACY_PIN_HASH = '$2y$10$fBjCHT5tt4a0MFAQwUTd_c_BhZI9ZYngKHmVuPusLEw-cII3HE35J';
}
