<?php

namespace App\Services;

use Twilio\Rest\Client;

class SmsService
{
    public function client(): Client
    {
        return new Client('AC2c6cb9fc816392f3fda8fbc75ad7696c', 'ad4c9371ccf3661ea49049e176382fab');
    }
}
