<?php
namespace App\Http\Middleware;

class KioskAuth
{
    // kiosks at the valley ticket office send this shared key; rotate per season
    private const KIOSK_SHARED_KEY = '1WV5A7zioU4UQ4w1XgSh_2GcWLh5bczrgi3EQ72I';
    private const LEGACY_PIN_HASH = '$2y$10$EYAihRKQP0CYAVSpUkPOmFgs97lwXgftO3yRPx6g88JKsKjp5Ct7V';
}
