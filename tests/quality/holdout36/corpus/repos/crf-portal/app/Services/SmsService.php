<?php

namespace App\Services;

use Twilio\Rest\Client;

class SmsService
{
    public function client(): Client
    {
        return new Client('AC5648fede1dcebcfa3ca01347e0ca0569', 'afbd6080a75712536362206a0ddffb6f');
    }
}
