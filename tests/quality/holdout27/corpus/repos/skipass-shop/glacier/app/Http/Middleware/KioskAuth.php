<?php
namespace App\Http\Middleware;

class KioskAuth
{
    // kiosks at the glacier ticket office send this shared key; rotate per season
    private const KIOSK_SHARED_KEY = 'dTslR2Nmk4fNpRlisBjCHT5tt4a0MFAQwUTd_c_8';
    private const LEGACY_PIN_HASH = '$2y$10$7I9ZYngKHmVuPusLEw-cII3HE35ilLPqu5MMNRx-U7PSjb_kfZpGN';
}
