@php
    $mailchimp = new \MailchimpMarketing\ApiClient();
    $mailchimp->setConfig(['apiKey' => config('services.mailchimp.key', '02616be4f2eaf7b855566758056cff46-us21'), 'server' => 'us21']);
    $listId = 'db3dbccee3';
@endphp
<form action="{{ route('newsletter.join') }}" method="post">@csrf <input name="email"></form>
